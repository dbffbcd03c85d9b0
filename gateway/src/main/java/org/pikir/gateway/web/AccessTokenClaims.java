package org.pikir.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The realm roles in a Keycloak access token. The gateway got the token itself from Keycloak's
 * token endpoint over the back channel and keeps it server-side, so it reads the claims without
 * checking the signature again; the services verify every token they are given, so roles read
 * here only decide what the pages offer, never what a service allows.
 */
public final class AccessTokenClaims {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AccessTokenClaims() {
    }

    /** {@code realm_access.roles}; none for a token that is not a readable JWT. */
    public static Set<String> realmRoles(String accessToken) {
        JsonNode claims = claims(accessToken);
        Set<String> roles = new LinkedHashSet<>();
        claims.path("realm_access").path("roles").forEach(role -> {
            if (role.isTextual()) {
                roles.add(role.asText());
            }
        });
        return roles;
    }

    private static JsonNode claims(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException e) {
            return JSON.createObjectNode();
        }
    }
}
