package org.pikir.feedback.security;

import org.pikir.platform.testing.TestTokens;

import java.util.UUID;

/** A citizen of the test's own: a fresh user name, its token, and what the token says about them. */
record Citizen(String username, String token) {

    static Citizen fresh(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new Citizen(username, TestTokens.forUser(username, "citizen"));
    }

    String subject() {
        return TestTokens.subjectOf(username);
    }

    /** The e-mail claim {@link TestTokens} puts in the token. */
    String email() {
        return username + "@example.test";
    }
}
