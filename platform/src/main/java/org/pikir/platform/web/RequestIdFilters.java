package org.pikir.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.pikir.platform.web.RequestIds;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Carries the caller's {@code X-Request-Id} (or a new one) into every log line of the request
 * and back in the response.
 */
public class RequestIdFilters {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void assign(ContainerRequestContext request) {
        String id = request.getHeaderString(RequestIds.HEADER);
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            request.getHeaders().putSingle(RequestIds.HEADER, id);
        }
        MDC.put(RequestIds.MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestIds.HEADER, request.getHeaderString(RequestIds.HEADER));
    }
}
