package org.pikir.gateway.proxy;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.pikir.gateway.session.SessionIdentity;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Finds the access token of the browser session behind an API call, so that the gateway can send
 * it on as a bearer token. Calls that bring their own Authorization header, have no session or
 * come from another site get none.
 */
final class SessionTokenRelay {

    /** quarkus-oidc names its session cookie with this fixed prefix. */
    static final String SESSION_COOKIE_PREFIX = "q_session";

    private SessionTokenRelay() {
    }

    static Uni<String> accessToken(RoutingContext rc) {
        HttpServerRequest in = rc.request();
        if (in.headers().contains(HttpHeaders.AUTHORIZATION) || !hasSessionCookie(rc) || fromAnotherSite(in)) {
            return Uni.createFrom().nullItem();
        }
        return SessionIdentity.of(rc)
                .map(SessionTokenRelay::accessTokenOf)
                // an expired or unknown session simply makes the call anonymous; the service decides
                .onFailure().recoverWithNull();
    }

    private static String accessTokenOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? null : credential.getToken();
    }

    private static boolean hasSessionCookie(RoutingContext rc) {
        return rc.request().cookies().stream().anyMatch(c -> c.getName().startsWith(SESSION_COOKIE_PREFIX));
    }

    /** A browser names cross-site requests (Fetch Metadata, Origin); the session must not vouch for them. */
    static boolean fromAnotherSite(HttpServerRequest in) {
        String site = in.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = in.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        try {
            String authority = new URI(origin).getRawAuthority();
            return authority == null || !authority.equalsIgnoreCase(in.getHeader(HttpHeaders.HOST));
        } catch (URISyntaxException e) {
            return true;
        }
    }
}
