package org.pikir.gateway.session;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * Keeps the code-flow tokens on the server: the session cookie carries only an opaque random id,
 * so no ID, access or refresh token ever reaches the browser.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class ServerSideTokenStateManager implements TokenStateManager {

    private final SessionTokenStore store;

    public ServerSideTokenStateManager(SessionTokenStore store) {
        this.store = store;
    }

    @Override
    public Uni<String> createTokenState(RoutingContext routingContext, OidcTenantConfig oidcConfig,
                                        AuthorizationCodeTokens tokens, OidcRequestContext<String> requestContext) {
        return Uni.createFrom().item(store.save(tokens));
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext routingContext, OidcTenantConfig oidcConfig,
                                                  String tokenState,
                                                  OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        return store.find(tokenState)
                .map(tokens -> Uni.createFrom().item(tokens))
                // an unknown id: expired, signed out, or issued before a restart
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException("Unknown session")));
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext routingContext, OidcTenantConfig oidcConfig, String tokenState,
                                  OidcRequestContext<Void> requestContext) {
        store.remove(tokenState);
        return Uni.createFrom().voidItem();
    }
}
