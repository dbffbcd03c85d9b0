package org.pikir.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.smallrye.jwt.build.Jwt;
import org.pikir.platform.testing.TestTokens;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * The parts of Keycloak the gateway's code flow talks to, on WireMock: discovery, keys, the token
 * endpoint (any code buys the same tokens) and the logout endpoint. The ID token is really signed,
 * so the gateway verifies it as it would verify Keycloak's.
 */
final class StubIdentityProvider {

    static final String REALM_PATH = "/realms/pikir";
    static final String TOKEN_PATH = REALM_PATH + "/protocol/openid-connect/token";
    static final String LOGOUT_PATH = REALM_PATH + "/protocol/openid-connect/logout";
    static final String DISPLAY_NAME = "Айгерим Test";
    static final String REFRESH_TOKEN = "stub-refresh-token";
    private static final String KEY_ID = "stub-key";

    private StubIdentityProvider() {
    }

    static void register(WireMockServer server) {
        String issuer = server.baseUrl() + REALM_PATH;
        String oidc = issuer + "/protocol/openid-connect";
        KeyPair keys = newKeyPair();
        server.stubFor(get(urlPathEqualTo(REALM_PATH + "/.well-known/openid-configuration")).willReturn(json("""
                {"issuer":"%1$s","authorization_endpoint":"%2$s/auth","token_endpoint":"%2$s/token",
                 "jwks_uri":"%2$s/certs","userinfo_endpoint":"%2$s/userinfo","end_session_endpoint":"%2$s/logout",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"code_challenge_methods_supported":["S256"]}
                """.formatted(issuer, oidc))));
        RSAPublicKey publicKey = (RSAPublicKey) keys.getPublic();
        server.stubFor(get(urlPathEqualTo(REALM_PATH + "/protocol/openid-connect/certs")).willReturn(json("""
                {"keys":[{"kty":"RSA","kid":"%s","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}
                """.formatted(KEY_ID, base64Url(publicKey.getModulus()), base64Url(publicKey.getPublicExponent())))));
        // any code buys the citizen's tokens; the code "as-<user>" buys that demo user's (see SignIn.as)
        registerTokens(server, issuer, keys, "citizen", DISPLAY_NAME, null, "citizen");
        registerTokens(server, issuer, keys, "citizen2", "Daniyar Test", "as-citizen2", "citizen");
        registerTokens(server, issuer, keys, "moderator", "Madina Moderator", "as-moderator", "citizen", "moderator");
        registerTokens(server, issuer, keys, "editor", "Yerlan Editor", "as-editor", "citizen", "editor");
        registerTokens(server, issuer, keys, "admin", "Saule Admin", "as-admin", "citizen", "moderator", "editor",
                "admin");
        server.stubFor(post(urlPathEqualTo(LOGOUT_PATH)).willReturn(aResponse().withStatus(204)));
    }

    /** The token endpoint's answer for {@code user}: a really signed ID token and an access token with {@code roles}. */
    private static void registerTokens(WireMockServer server, String issuer, KeyPair keys, String user, String name,
                                       String code, String... roles) {
        Instant now = Instant.now();
        String idToken = Jwt.issuer(issuer)
                .audience("pikir-gateway")
                .subject(TestTokens.subjectOf(user))
                .claim("azp", "pikir-gateway")
                .claim("typ", "ID")
                .claim("preferred_username", user)
                .claim("name", name)
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(2)))
                .jws().keyId(KEY_ID)
                .sign(keys.getPrivate());
        String accessToken = TestTokens.forUser(user, roles);
        var request = post(urlPathEqualTo(TOKEN_PATH));
        if (code != null) {
            request = request.withRequestBody(containing("code=" + code)).atPriority(1);
        } else {
            request = request.atPriority(10);
        }
        server.stubFor(request.willReturn(json("""
                {"access_token":"%s","id_token":"%s","refresh_token":"%s","token_type":"Bearer","expires_in":300}
                """.formatted(accessToken, idToken, REFRESH_TOKEN))));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
