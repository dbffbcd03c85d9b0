package org.pikir.gateway.auth;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code /login} needs a signed-in user (see {@code quarkus.http.auth.permission.login}), so a
 * visitor is sent through Keycloak first and arrives here signed in; then back to where they were.
 */
@Path("/login")
public class LoginResource {

    @GET
    @Operation(summary = "Signs in through Keycloak (authorization code flow with PKCE), then goes to ?next=")
    public RestResponse<Void> login(@QueryParam("next") String next) {
        return RestResponse.seeOther(LocalRedirect.safe(next));
    }
}
