package org.pikir.gateway.web;

/** Nothing to show at this address; pages answer with the 404 page. */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException(String message) {
        super(message);
    }
}
