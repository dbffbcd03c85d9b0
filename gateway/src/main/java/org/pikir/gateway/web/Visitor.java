package org.pikir.gateway.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.TimeoutException;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.pikir.gateway.session.SessionIdentity;

import java.time.Duration;
import java.util.Optional;

/** The person behind the current page request: their interface language and, if signed in, who they are. */
@RequestScoped
public class Visitor {

    private static final Logger LOG = Logger.getLogger(Visitor.class);
    private static final Duration IDENTITY_TIMEOUT = Duration.ofSeconds(5);

    private final RoutingContext request;
    private String language;
    private Optional<SignedInUser> user;

    public Visitor(RoutingContext request) {
        this.request = request;
    }

    public String language() {
        if (language == null) {
            language = UiLanguage.of(request);
        }
        return language;
    }

    /** Must run on a worker thread: resolving the session may verify or refresh tokens. */
    public Optional<SignedInUser> user() {
        if (user == null) {
            user = resolve();
        }
        return user;
    }

    public Optional<SecurityIdentity> identity() {
        try {
            SecurityIdentity identity = SessionIdentity.of(request).await().atMost(IDENTITY_TIMEOUT);
            return identity == null || identity.isAnonymous() ? Optional.empty() : Optional.of(identity);
        } catch (RuntimeException e) {
            if (e instanceof AuthenticationException || e instanceof TimeoutException) {
                // an expired, unknown or forged session cookie: the page is shown as to anyone
                LOG.debugf("Session not accepted: %s", e.toString());
                return Optional.empty();
            }
            throw e;
        }
    }

    private Optional<SignedInUser> resolve() {
        return identity().flatMap(identity -> {
            AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
            if (token == null || token.getToken() == null) {
                return Optional.empty();
            }
            return Optional.of(new SignedInUser(displayName(identity), username(identity), token.getToken(),
                    AccessTokenClaims.realmRoles(token.getToken())));
        });
    }

    /** The account's user name, as feedback-service records staff actions under it. */
    private static String username(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim("preferred_username");
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return identity.getPrincipal().getName();
    }

    private static String displayName(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            for (String claim : new String[] {"name", "preferred_username"}) {
                Object value = jwt.getClaim(claim);
                if (value != null && !value.toString().isBlank()) {
                    return value.toString();
                }
            }
        }
        return identity.getPrincipal().getName();
    }
}
