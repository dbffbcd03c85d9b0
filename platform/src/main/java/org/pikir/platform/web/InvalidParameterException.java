package org.pikir.platform.web;

import jakarta.ws.rs.BadRequestException;

/** A query or path parameter that could not be read; answered as 400 naming the parameter. */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
