package org.pikir.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Signs access tokens shaped like the pikir realm's (issuer, audience {@code pikir-api},
 * {@code realm_access.roles}) with a key made for this test run. The service under test verifies
 * them with the public half ({@link OidcTestKeyResource}), through the real quarkus-oidc path.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/pikir";
    public static final String AUDIENCE = "pikir-api";

    private static final KeyPair KEYS = newKeyPair();

    private TestTokens() {
    }

    public static String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    /** A valid token for {@code username} holding {@code roles}; the subject is stable per user name. */
    public static String forUser(String username, String... roles) {
        return claims(username, roles).sign(KEYS.getPrivate());
    }

    /** Signs claims bent by a test (another audience, issuer or expiry) with the trusted test key. */
    public static String sign(JwtClaimsBuilder claims) {
        return claims.sign(KEYS.getPrivate());
    }

    /** The claims of {@link #forUser}, for tests that need to bend one of them. */
    public static JwtClaimsBuilder claims(String username, String... roles) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subjectOf(username))
                .claim("preferred_username", username)
                .claim("name", username)
                .claim("email", username + "@example.test")
                // as Keycloak says for an account whose address was verified (demo users, and everyone after the link)
                .claim("email_verified", true)
                .claim("realm_access", Map.of("roles", Set.of(roles)))
                .claim("typ", "Bearer")
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(5)));
    }

    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(("pikir-test-" + username).getBytes()).toString();
    }

    public static String citizen() {
        return forUser("citizen", "citizen");
    }

    public static String editor() {
        return forUser("editor", "citizen", "editor");
    }

    public static String moderator() {
        return forUser("moderator", "citizen", "moderator");
    }

    public static String admin() {
        return forUser("admin", "citizen", "moderator", "editor", "admin");
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
