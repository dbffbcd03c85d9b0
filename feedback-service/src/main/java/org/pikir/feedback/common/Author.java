package org.pikir.feedback.common;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in person behind a request: the token subject for ownership, and a public pseudonym
 * that is never the e-mail address or the Keycloak id.
 */
public record Author(String subject, String displayName) {

    private static final int MAX_NAME = 80;

    public static Author of(JsonWebToken token) {
        String subject = token.getSubject();
        String username = token.getClaim("preferred_username");
        String name = username == null || username.isBlank() || username.contains("@")
                ? "citizen-" + Integer.toHexString(subject.hashCode() & 0xfffff)
                : username.strip();
        return new Author(subject, name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
    }
}
