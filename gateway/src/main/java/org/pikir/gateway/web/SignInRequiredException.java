package org.pikir.gateway.web;

/** Nobody is signed in (or the session ran out); the browser is sent to sign in and then back to {@code next}. */
public class SignInRequiredException extends RuntimeException {

    private final String next;

    public SignInRequiredException(String next) {
        super("Sign-in required for " + next);
        this.next = next;
    }

    public String next() {
        return next;
    }
}
