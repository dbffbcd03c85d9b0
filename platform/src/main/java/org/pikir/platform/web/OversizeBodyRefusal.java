package org.pikir.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pikir.platform.problem.Problem;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Answers a body declared larger than {@code quarkus.http.limits.max-body-size} with a 413 problem.
 * Quarkus's own check runs at {@link RouteConstants#ROUTE_ORDER_UPLOAD_LIMIT} and ends such a request
 * with an empty answer before any exception mapper sees it, so this runs just ahead of it.
 */
@ApplicationScoped
public class OversizeBodyRefusal {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final Optional<MemorySize> maxBodySize;
    private final ObjectMapper json;

    public OversizeBodyRefusal(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
                               ObjectMapper json) {
        this.maxBodySize = maxBodySize;
        this.json = json;
    }

    void register(@Observes Router router) {
        maxBodySize.ifPresent(limit -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(rc -> refuseOversize(rc, limit.asLongValue())));
    }

    private void refuseOversize(RoutingContext rc, long limit) {
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !declared.matches("\\d{1,18}") || Long.parseLong(declared) <= limit) {
            rc.next();
            return;
        }
        String requestId = rc.request().getHeader(RequestIds.HEADER);
        if (requestId == null || !SAFE_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
        }
        Problem problem = Problem.of("body-too-large", "Request body too large", 413,
                        "The body is " + declared + " bytes; this service takes at most " + limit + ".")
                .at(rc.normalizedPath(), requestId);
        try {
            rc.response().endHandler(ended -> rc.request().connection().close());
            rc.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(RequestIds.HEADER, requestId)
                    // the body is not read, so the connection cannot carry another request
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            rc.fail(e);
        }
    }
}
