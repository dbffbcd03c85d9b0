package org.pikir.gateway.auth;

import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.RefreshToken;
import io.quarkus.oidc.TokenStateManager;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.web.Visitor;

import java.net.URI;
import java.time.Duration;

/**
 * Signing out is a POST with a CSRF token: it ends the Keycloak session server to server, deletes
 * the tokens stored for the browser (so a copy of the session cookie is worth nothing afterwards) and
 * clears the session cookie, then shows the home page.
 */
@Path("/logout")
public class LogoutResource {

    /** quarkus-oidc's session cookie for the default tenant. */
    static final String SESSION_COOKIE = "q_session";

    private static final Duration DELETE_TIMEOUT = Duration.ofSeconds(3);

    private final Visitor visitor;
    private final KeycloakSessions keycloak;
    private final TokenStateManager tokenStates;
    private final RoutingContext request;

    public LogoutResource(Visitor visitor, KeycloakSessions keycloak, TokenStateManager tokenStates,
                          RoutingContext request) {
        this.visitor = visitor;
        this.keycloak = keycloak;
        this.tokenStates = tokenStates;
        this.request = request;
    }

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Operation(summary = "Signs out of the gateway and of Keycloak, then goes to the home page")
    public RestResponse<Void> logout(@CookieParam(SESSION_COOKIE) String sessionId, @Context SecurityContext security) {
        visitor.identity().ifPresent(identity -> {
            RefreshToken refreshToken = identity.getCredential(RefreshToken.class);
            keycloak.end(refreshToken == null ? null : refreshToken.getToken());
        });
        if (sessionId != null && !sessionId.isBlank()) {
            // the database token state manager keeps the tokens under the cookie's value
            tokenStates.deleteTokens(request, request.get(OidcTenantConfig.class.getName()), sessionId,
                            blocking -> Uni.createFrom().item(blocking))
                    .await().atMost(DELETE_TIMEOUT);
        }
        NewCookie cleared = new NewCookie.Builder(SESSION_COOKIE)
                .value("")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .secure(security.isSecure())
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        return RestResponse.ResponseBuilder.<Void>seeOther(URI.create("/"))
                .cookie(cleared, LoginResource.expiredCsrfCookie(security.isSecure()))
                .build();
    }
}
