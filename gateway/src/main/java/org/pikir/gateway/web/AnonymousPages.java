package org.pikir.gateway.web;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.pikir.gateway.GatewayConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The public pages as a visitor without a session sees them (the forums, a forum, its materials, history and
 * report) are the same for everyone who reads in the same language: they carry an ETag (304 when unchanged), may be
 * kept by browsers and proxies for a moment ({@code Cache-Control: public}), and the rendered page is reused for
 * {@code pikir.gateway.page-cache} (quarkus-cache, per replica) so a crowd reading one forum costs one rendering
 * every few seconds. They set no cookie. Anything personal (a session cookie, {@code ?lang=}) bypasses all this.
 * <p>
 * A kept page is answered by a Vert.x filter, before authentication and before Quarkus REST, from bytes encoded
 * once: serving it costs what writing the bytes costs. The first reader after the page expired renders it through
 * the page resources as usual; readers arriving meanwhile wait for that rendering instead of starting their own.
 */
@Singleton
public class AnonymousPages {

    /** Routing-context flag: this answer is a shared anonymous page (no CSRF cookie, see FrontDoorFilters). */
    public static final String SHARED = "pikir.anonymous-page";
    private static final String RENDERING = "pikir.anonymous-page-rendering";
    private static final String SESSION_COOKIE_PREFIX = "q_session";
    private static final String HTML = "text/html;charset=UTF-8";
    private static final String VARY = "Accept-Language, Cookie";
    // after FrontDoorFilters (1000: request id, security headers), before authentication (200)
    private static final int PRIORITY = 900;

    private final Instance<KeptPages> pages;
    // looked up at the first request: the filter is registered before the cache manager and the config exist
    private volatile KeptPages kept;

    public AnonymousPages(Instance<KeptPages> pages) {
        this.pages = pages;
    }

    private KeptPages kept() {
        KeptPages found = kept;
        if (found == null) {
            found = pages.get();
            kept = found;
        }
        return found;
    }

    private CaffeineCache cache() {
        return kept().cache;
    }

    /** The quarkus-cache that keeps the pages (quarkus.cache.caffeine."anonymous-pages".*), and their caching header. */
    @Singleton
    static class KeptPages {
        final CaffeineCache cache;
        final String cacheControl;

        KeptPages(@CacheName("anonymous-pages") Cache cache, GatewayConfig config) {
            this.cache = cache.as(CaffeineCache.class);
            this.cacheControl = "public, max-age=" + config.pageMaxAge().toSeconds();
        }
    }

    /** A page whose rendering is kept, as stored: the encoded HTML, its entity tag and its language. */
    record Rendered(Buffer body, String etag, String language) {
    }

    void register(@Observes Filters filters) {
        filters.register(this::reuse, PRIORITY);
    }

    void reuse(RoutingContext rc) {
        if (!shared(rc)) {
            rc.next();
            return;
        }
        rc.put(SHARED, Boolean.TRUE);
        String key = key(rc);
        CompletableFuture<Object> kept = cache().getIfPresent(key);
        if (kept == null) {
            render(rc, key);
        } else if (kept.isDone()) {
            if (kept.isCompletedExceptionally()) {
                rc.next();
            } else {
                answer(rc, (Rendered) kept.join());
            }
        } else {
            Context context = Vertx.currentContext();
            kept.whenComplete((page, failure) -> context.runOnContext(v -> {
                if (failure == null && page != null) {
                    answer(rc, (Rendered) page);
                } else {
                    rc.next();
                }
            }));
        }
    }

    /** This reader renders the page for everyone; if it ends without a page, the waiting readers render their own. */
    private void render(RoutingContext rc, String key) {
        CompletableFuture<Object> page = new CompletableFuture<>();
        cache().put(key, page);
        rc.put(RENDERING, page);
        rc.addEndHandler(ended -> {
            // Caffeine drops an entry whose future failed; cancelled, not failed, so it logs no warning each time
            page.cancel(false);
        });
        rc.next();
    }

    private void answer(RoutingContext rc, Rendered page) {
        HttpServerResponse response = rc.response()
                .putHeader(HttpHeaders.ETAG, page.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, kept().cacheControl)
                .putHeader(HttpHeaders.VARY, VARY)
                .putHeader("Content-Language", page.language());
        if (matches(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, HTML).end(page.body());
    }

    /** Keeps the page the first reader rendered, and answers it with the headers every later reader gets. */
    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response, RoutingContext rc) {
        // the rendering under way that this reader started: the first reader renders, the others wait for it
        CompletableFuture<Object> rendering = rc.get(RENDERING);
        if (rendering == null || response.getStatus() != 200) {
            return;
        }
        // quarkus-rest-qute has usually rendered the template by now
        String html = response.getEntity() instanceof TemplateInstance template ? template.render()
                : response.getEntity() instanceof String rendered ? rendered : null;
        if (html == null) {
            return;
        }
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        Rendered page = new Rendered(Buffer.buffer(bytes), etagOf(bytes), UiLanguage.of(rc));
        rendering.complete(page);
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, page.etag());
        headers.putSingle(HttpHeaders.CACHE_CONTROL, kept().cacheControl);
        headers.putSingle(HttpHeaders.VARY, VARY);
        headers.putSingle("Content-Language", page.language());
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            response.setStatus(304);
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_TYPE);
            return;
        }
        response.setEntity(bytes, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    /** Pages everyone sees alike: GET of the home page or a forum's public pages, without a session or ?lang=. */
    static boolean shared(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        String path = rc.normalizedPath();
        if (!path.equals("/") && !path.startsWith("/forums/")) {
            return false;
        }
        String query = rc.request().query();
        if (query != null && rc.request().params().contains(UiLanguage.QUERY_PARAMETER)) {
            return false;
        }
        return rc.request().cookies().stream().noneMatch(c -> c.getName().startsWith(SESSION_COOKIE_PREFIX));
    }

    private static String key(RoutingContext rc) {
        if (rc.request().query() == null) {
            return rc.normalizedPath() + "|" + UiLanguage.of(rc);
        }
        // the same query in another order is the same page
        TreeMap<String, String> query = new TreeMap<>();
        rc.queryParams().forEach(entry -> query.merge(entry.getKey(), entry.getValue(), (a, b) -> a + "," + b));
        return rc.normalizedPath() + "?" + query + "|" + UiLanguage.of(rc);
    }

    /** A strong entity tag for these bytes (the report's PDF carries its print page's). */
    public static String etagOf(byte[] html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String ifNoneMatch, String etag) {
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
}
