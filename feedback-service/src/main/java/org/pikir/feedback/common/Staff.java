package org.pikir.feedback.common;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** A staff member acting through the moderation, review or audit endpoints, named by their account's user name. */
public record Staff(String name) {

    private static final int MAX_NAME = 100;

    public static Staff of(JsonWebToken token) {
        String username = token.getClaim("preferred_username");
        String name = username == null || username.isBlank() ? token.getSubject() : username.strip();
        return new Staff(name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
    }
}
