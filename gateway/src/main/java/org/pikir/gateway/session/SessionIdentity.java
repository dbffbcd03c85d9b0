package org.pikir.gateway.session;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import java.util.function.BiConsumer;

/**
 * The browser session's identity for requests that do not require one (pages, /api). A stale or
 * broken session cookie must not turn a public request into a 401 or a trip to Keycloak, so the
 * failure is left to the caller, which treats the visitor as anonymous.
 */
public final class SessionIdentity {

    private static final BiConsumer<RoutingContext, Throwable> LEAVE_TO_CALLER = (context, failure) -> {
    };

    private SessionIdentity() {
    }

    /** Resolves at most once per request; fails with the authentication exception of a rejected session. */
    public static Uni<SecurityIdentity> of(RoutingContext request) {
        request.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, LEAVE_TO_CALLER);
        return QuarkusHttpUser.getSecurityIdentity(request, null);
    }
}
