package org.pikir.gateway.auth;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code /login} needs a signed-in user (see {@code quarkus.http.auth.permission.login}), so a
 * visitor is sent through Keycloak first and arrives here signed in; then back to where they were.
 */
@Path("/login")
public class LoginResource {

    /** quarkus-rest-csrf's cookie; the next page issues a new one. */
    public static final String CSRF_COOKIE = "csrf-token";

    @GET
    @Operation(summary = "Signs in through Keycloak (authorization code flow with PKCE), then goes to ?next=")
    public RestResponse<Void> login(@QueryParam("next") String next, @Context SecurityContext security) {
        // a form token issued before signing in is not carried into the session
        return RestResponse.ResponseBuilder.<Void>seeOther(LocalRedirect.safe(next))
                .cookie(expiredCsrfCookie(security.isSecure()))
                .build();
    }

    public static NewCookie expiredCsrfCookie(boolean secure) {
        return new NewCookie.Builder(CSRF_COOKIE)
                .value("")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
