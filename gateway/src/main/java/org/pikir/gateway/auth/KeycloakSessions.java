package org.pikir.gateway.auth;

import io.quarkus.oidc.OidcConfigurationMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Ends a user's Keycloak session server to server (the logout endpoint with the refresh token and
 * client credentials), so signing out never needs a token in the browser's address bar.
 */
@ApplicationScoped
public class KeycloakSessions {

    private static final Logger LOG = Logger.getLogger(KeycloakSessions.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Instance<OidcConfigurationMetadata> metadata;
    private final String clientId;
    private final Optional<String> clientSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public KeycloakSessions(Instance<OidcConfigurationMetadata> metadata,
                            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId,
                            @ConfigProperty(name = "quarkus.oidc.credentials.secret") Optional<String> clientSecret) {
        this.metadata = metadata;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** Best effort: when Keycloak cannot be reached its session simply runs out on its own. */
    public void end(String refreshToken) {
        if (refreshToken == null) {
            return;
        }
        String endpoint;
        try {
            endpoint = metadata.get().getEndSessionUri();
        } catch (RuntimeException e) {
            LOG.warnf("Keycloak session not ended, the provider metadata is unavailable: %s", e.toString());
            return;
        }
        if (endpoint == null) {
            LOG.warn("Keycloak session not ended, the provider names no end-session endpoint");
            return;
        }
        StringBuilder form = new StringBuilder()
                .append("client_id=").append(encode(clientId))
                .append("&refresh_token=").append(encode(refreshToken));
        clientSecret.ifPresent(secret -> form.append("&client_secret=").append(encode(secret)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 300) {
                LOG.warnf("Keycloak answered %d when ending a session", response.statusCode());
            }
        } catch (IOException e) {
            LOG.warnf("Keycloak session not ended: %s", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
