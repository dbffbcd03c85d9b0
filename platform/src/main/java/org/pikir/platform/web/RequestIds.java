package org.pikir.platform.web;

/** Where the current request id lives: the header every hop carries and the MDC key logs print. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private RequestIds() {
    }
}
