package org.pikir.gateway.web;

/** The signed-in person may not see or do this; pages answer with the 403 page. */
public class ForbiddenPageException extends RuntimeException {

    public ForbiddenPageException(String message) {
        super(message);
    }
}
