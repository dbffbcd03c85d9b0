package org.pikir.gateway.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;
import org.pikir.gateway.GatewayConfig;
import org.pikir.gateway.web.AnonymousPages;
import org.pikir.gateway.web.CsrfBinding;
import org.pikir.platform.web.RequestIds;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs first on every request: gives it a request id (kept if the caller sent a sane one) and puts
 * the security headers on every response, including redirects to the sign-in page and errors; redirects to this
 * site go to its public address, and the CSRF cookie is SameSite=Lax.
 */
@ApplicationScoped
public class FrontDoorFilters {

    // higher runs earlier; Quarkus authentication runs at 200
    private static final int PRIORITY = 1_000;
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern REDIRECT_URI = Pattern.compile("([?&]redirect_uri=)([^&#]*)");

    private final String contentSecurityPolicy;
    private final Optional<String> publicOrigin;
    private final String csrfCookie;
    private final CsrfBinding binding;

    public FrontDoorFilters(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl,
                            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String csrfCookie,
                            GatewayConfig config, CsrfBinding binding) {
        this.contentSecurityPolicy = contentSecurityPolicy(authServerUrl.flatMap(FrontDoorFilters::origin));
        this.publicOrigin = config.publicUrl().map(URI::toString).flatMap(FrontDoorFilters::origin);
        this.csrfCookie = csrfCookie;
        this.binding = binding;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext rc) {
        String id = rc.request().getHeader(RequestIds.HEADER);
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            // an id to find a request in the logs, not a secret: no SecureRandom (a lock on /dev/urandom) per request
            ThreadLocalRandom random = ThreadLocalRandom.current();
            id = new UUID(random.nextLong(), random.nextLong()).toString();
            rc.request().headers().set(RequestIds.HEADER, id);
        }
        MDC.put(RequestIds.MDC_KEY, id);
        String requestId = id;
        boolean tls = rc.request().isSSL();
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            headers.set(RequestIds.HEADER, requestId);
            headers.set("Content-Security-Policy", contentSecurityPolicy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("X-Frame-Options", "DENY");
            if (tls) {
                headers.set("Strict-Transport-Security", "max-age=31536000");
            }
            String location = headers.get(HttpHeaders.LOCATION);
            if (location != null) {
                headers.set(HttpHeaders.LOCATION,
                        signInReturn(ownRedirect(location, rc.request().scheme(), rc.request().authority())));
            }
            csrfCookie(rc);
        });
        rc.next();
    }

    /**
     * A redirect to this site is built from the configured public address (or made relative), never from the Host
     * the request named, which anyone can choose; redirects elsewhere (Keycloak) stay as they are.
     */
    String ownRedirect(String location, String scheme, HostAndPort authority) {
        if (authority == null) {
            return location;
        }
        String requestOrigin = scheme + "://" + authority;
        if (!location.regionMatches(true, 0, requestOrigin, 0, requestOrigin.length())
                || (location.length() > requestOrigin.length() && location.charAt(requestOrigin.length()) != '/'
                && location.charAt(requestOrigin.length()) != '?')) {
            return location;
        }
        String rest = location.substring(requestOrigin.length());
        String path = rest.isEmpty() ? "/" : rest;
        return publicOrigin.map(origin -> origin + path).orElse(path);
    }

    /**
     * The sign-in redirect to Keycloak names where to come back ({@code redirect_uri}); quarkus-oidc builds it from
     * the request's Host. With a public address configured, it names that address whatever Host the request named.
     */
    String signInReturn(String location) {
        if (publicOrigin.isEmpty()) {
            return location;
        }
        Matcher parameter = REDIRECT_URI.matcher(location);
        if (!parameter.find()) {
            return location;
        }
        String value = URLDecoder.decode(parameter.group(2), StandardCharsets.UTF_8);
        Optional<String> named = origin(value);
        if (named.isEmpty() || named.get().equalsIgnoreCase(publicOrigin.get())) {
            return location;
        }
        String rest = value.substring(named.get().length());
        String replaced = URLEncoder.encode(publicOrigin.get() + (rest.isEmpty() ? "/" : rest), StandardCharsets.UTF_8);
        return location.substring(0, parameter.start(2)) + replaced + location.substring(parameter.end(2));
    }

    /**
     * The CSRF cookie (quarkus-rest-csrf) is SameSite=Lax; a shared anonymous page has no form and sets none, so
     * browsers and proxies may keep it.
     */
    private void csrfCookie(RoutingContext rc) {
        Cookie cookie = rc.response().removeCookie(csrfCookie, false);
        if (cookie == null || rc.get(AnonymousPages.SHARED) != null) {
            return;
        }
        rc.response().addCookie(cookie.setSameSite(CookieSameSite.LAX));
        String subject = CsrfBinding.subject(rc);
        if (subject != null) {
            // the token is this person's (CsrfBinding): the same life as the CSRF cookie
            Cookie bound = Cookie.cookie(CsrfBinding.COOKIE, binding.of(subject, cookie.getValue()))
                    .setPath("/").setHttpOnly(true).setSecure(cookie.isSecure()).setSameSite(CookieSameSite.LAX);
            if (cookie.getMaxAge() != Long.MIN_VALUE) {
                bound.setMaxAge(cookie.getMaxAge());
            }
            rc.response().addCookie(bound);
        }
    }

    static String contentSecurityPolicy(Optional<String> keycloakOrigin) {
        // forms post to the gateway only, but the sign-out form is redirected on to Keycloak
        String formAction = keycloakOrigin.map(origin -> "'self' " + origin).orElse("'self'");
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "frame-ancestors 'none'; form-action " + formAction + "; base-uri 'self'";
    }

    static Optional<String> origin(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
