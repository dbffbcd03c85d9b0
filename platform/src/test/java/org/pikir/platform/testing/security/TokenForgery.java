package org.pikir.platform.testing.security;

import org.pikir.platform.testing.TestTokens;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tokens a service must refuse with 401, each otherwise shaped like a valid token for {@code username}
 * with {@code roles}: only the one property named by its key is wrong.
 */
public final class TokenForgery {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private TokenForgery() {
    }

    public static Map<String, String> badTokens(String username, String... roles) {
        Instant past = Instant.now().minusSeconds(3600);
        String valid = TestTokens.forUser(username, roles);
        String[] parts = valid.split("\\.");
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired", TestTokens.sign(TestTokens.claims(username, roles).issuedAt(past).expiresAt(past.plusSeconds(60))));
        tokens.put("not yet valid", TestTokens.sign(TestTokens.claims(username, roles)
                .claim("nbf", Instant.now().plusSeconds(3600).getEpochSecond())));
        tokens.put("wrong issuer", TestTokens.sign(TestTokens.claims(username, roles).issuer("https://elsewhere.test/realms/pikir")));
        tokens.put("wrong audience", TestTokens.sign(TestTokens.claims(username, roles).audience("some-other-api")));
        tokens.put("no audience", TestTokens.sign(TestTokens.claims(username, roles).audience(Set.of())));
        tokens.put("alg none", unsigned(parts[1]));
        tokens.put("tampered payload", parts[0] + "." + escalated(parts[1]) + "." + parts[2]);
        tokens.put("tampered signature", parts[0] + "." + parts[1] + "." + flipped(parts[2]));
        tokens.put("signed by another key", TestTokens.claims(username, roles).sign(otherKey()));
        tokens.put("HS256 with the public key as secret", hmacWithPublicKey(parts[1]));
        tokens.put("not a JWT", "definitely-not-a-token");
        tokens.put("empty", "");
        return tokens;
    }

    private static String unsigned(String payload) {
        String header = URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /** The same payload with admin added to the roles, under the original signature. */
    private static String escalated(String payload) {
        String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        String forged = json.replace("\"roles\":[", "\"roles\":[\"admin\",");
        if (forged.equals(json)) {
            throw new IllegalStateException("token payload has no roles array to tamper with: " + json);
        }
        return URL.encodeToString(forged.getBytes(StandardCharsets.UTF_8));
    }

    private static String flipped(String signature) {
        byte[] bytes = Base64.getUrlDecoder().decode(signature);
        bytes[bytes.length / 2] ^= 0x01;
        return URL.encodeToString(bytes);
    }

    private static String hmacWithPublicKey(String payload) {
        try {
            String header = URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TestTokens.publicKeyBase64().getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] signature = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + URL.encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey otherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
