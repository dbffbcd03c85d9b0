package org.pikir.gateway.web;

/** A service answered with a server error or not at all; pages show the "try again later" page. */
public class BackendUnavailableException extends RuntimeException {

    public BackendUnavailableException(String message) {
        super(message);
    }
}
