package org.pikir.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.request.AcceptHeaders;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;

import java.util.List;

/**
 * Refuses an {@code Accept} header that is not a list of media ranges ({@code *}{@code /*;q=abc}, {@code ;;;}) with a
 * 400 problem before any resource runs. Quarkus REST parses it only when it picks a representation (an HTML page's
 * template, a 404 page), and there it failed as a 500 with a stack trace in the log; parsed here with the same parser,
 * every address answers such a request alike, and the log gets one line at debug level.
 */
public class AcceptHeaderCheck {

    private static final Logger LOG = Logger.getLogger(AcceptHeaderCheck.class);

    @ServerRequestFilter(preMatching = true, priority = 2)
    public void check(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return;
        }
        try {
            AcceptHeaders.getMediaTypeQualityValues(accept);
        } catch (RuntimeException e) {
            LOG.debugf("Malformed Accept header refused: %s", e.getMessage());
            throw new ProblemException(Problem.of("malformed-header", "Bad request", 400,
                            "The Accept header is not a list of media ranges such as 'application/json, */*;q=0.5'.")
                    .withErrors(List.of(new Problem.FieldError(HttpHeaders.ACCEPT, "is not a list of media ranges"))));
        }
    }
}
