package org.pikir.gateway.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Ties quarkus-rest-csrf's token to the person it was issued to. The CSRF cookie is signed, so nobody can make one
 * up, but a valid pair obtained in one's own session could be planted in someone else's browser (a cookie set from
 * a sibling subdomain): next to it, the gateway sets {@value #COOKIE}, an HMAC of the signed-in subject and the CSRF
 * cookie, and a form posted with a session must carry the binding of its own subject. Bound to the subject rather
 * than the session id, which changes whenever the tokens are refreshed.
 */
@ApplicationScoped
public class CsrfBinding {

    public static final String COOKIE = "csrf-binding";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public CsrfBinding(@ConfigProperty(name = "quarkus.rest-csrf.token-signature-key") String signatureKey) {
        // a key of its own, derived from the CSRF signature key: the two MACs never share one
        this.key = new SecretKeySpec(mac(new SecretKeySpec(signatureKey.getBytes(StandardCharsets.UTF_8), ALGORITHM),
                "pikir csrf binding"), ALGORITHM);
    }

    /** The binding of {@code csrfCookie} to {@code subject}. */
    public String of(String subject, String csrfCookie) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, subject + "\n" + csrfCookie));
    }

    public boolean matches(String subject, String csrfCookie, String binding) {
        return binding != null && MessageDigest.isEqual(of(subject, csrfCookie).getBytes(StandardCharsets.US_ASCII),
                binding.getBytes(StandardCharsets.US_ASCII));
    }

    /** Who is signed in on this request; null when nobody is (or authentication has not run). */
    public static String subject(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            return identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
        }
        return null;
    }

    private static byte[] mac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
