package org.pikir.gateway.web;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.pikir.gateway.GatewayConfig;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The public pages as a visitor without a session sees them (the forums, a forum, its materials, history and
 * report) are the same for everyone who reads in the same language: they carry an ETag (304 when unchanged), may be
 * kept by browsers and proxies for a moment ({@code Cache-Control: public}), and the rendered page is reused for
 * {@code pikir.gateway.page-cache} (quarkus-cache, per replica) so a crowd reading one forum costs one rendering
 * every few seconds. They set no cookie. Anything personal (a session cookie, {@code ?lang=}) bypasses all this.
 */
public class AnonymousPages {

    /** Routing-context flag: this answer is a shared anonymous page (no CSRF cookie, see FrontDoorFilters). */
    public static final String SHARED = "pikir.anonymous-page";
    private static final String KEY = "pikir.anonymous-page-key";
    private static final String SESSION_COOKIE_PREFIX = "q_session";

    private final Cache cache;
    private final String cacheControl;

    @Inject
    public AnonymousPages(@CacheName("anonymous-pages") Cache cache, GatewayConfig config) {
        this.cache = cache;
        this.cacheControl = "public, max-age=" + config.pageMaxAge().toSeconds();
    }

    /** A page whose rendering is kept, as stored: the HTML, its entity tag and its language. */
    record Rendered(String html, String etag, String language) {
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> reuse(ContainerRequestContext request, RoutingContext rc) {
        if (!shared(request, rc)) {
            return Optional.empty();
        }
        rc.put(SHARED, Boolean.TRUE);
        String key = key(rc);
        rc.put(KEY, key);
        CompletableFuture<Object> kept = cache.as(CaffeineCache.class).getIfPresent(key);
        if (kept == null || !kept.isDone() || kept.isCompletedExceptionally()) {
            return Optional.empty();
        }
        Rendered page = (Rendered) kept.join();
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            return Optional.of(headers(Response.notModified(), page).build());
        }
        return Optional.of(headers(Response.ok(page.html(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")), page)
                .build());
    }

    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response, RoutingContext rc) {
        String key = rc.get(KEY);
        if (key == null || response.getStatus() != 200) {
            return;
        }
        // quarkus-rest-qute has usually rendered the template by now
        String html = response.getEntity() instanceof TemplateInstance template ? template.render()
                : response.getEntity() instanceof String rendered ? rendered : null;
        if (html == null) {
            return;
        }
        Rendered page = new Rendered(html, etagOf(html), firstOrNull(response.getHeaders(), "Content-Language"));
        cache.as(CaffeineCache.class).put(key, CompletableFuture.completedFuture(page));
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, page.etag());
        headers.putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        headers.putSingle(HttpHeaders.VARY, "Accept-Language, Cookie");
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            response.setStatus(304);
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_TYPE);
            return;
        }
        response.setEntity(page.html(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    private Response.ResponseBuilder headers(Response.ResponseBuilder builder, Rendered page) {
        builder.header(HttpHeaders.ETAG, page.etag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, "Accept-Language, Cookie");
        if (page.language() != null) {
            builder.header("Content-Language", page.language());
        }
        return builder;
    }

    /** Pages everyone sees alike: GET of the home page or a forum's public pages, without a session or ?lang=. */
    static boolean shared(ContainerRequestContext request, RoutingContext rc) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = rc.normalizedPath();
        if (!path.equals("/") && !path.startsWith("/forums/")) {
            return false;
        }
        if (rc.request().params().contains(UiLanguage.QUERY_PARAMETER)) {
            return false;
        }
        return rc.request().cookies().stream().noneMatch(c -> c.getName().startsWith(SESSION_COOKIE_PREFIX));
    }

    private static String key(RoutingContext rc) {
        // the same query in another order is the same page
        TreeMap<String, String> query = new TreeMap<>();
        rc.queryParams().forEach(entry -> query.merge(entry.getKey(), entry.getValue(), (a, b) -> a + "," + b));
        return rc.normalizedPath() + "?" + query + "|" + UiLanguage.of(rc);
    }

    private static String etagOf(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String firstOrNull(MultivaluedMap<String, Object> headers, String name) {
        Object value = headers.getFirst(name);
        return value == null ? null : value.toString();
    }
}
