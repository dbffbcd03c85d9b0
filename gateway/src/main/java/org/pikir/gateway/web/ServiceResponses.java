package org.pikir.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.pikir.platform.problem.Problem;

import java.util.Set;
import java.util.function.Function;

/** Reads a service's answer to a page's request as a {@link ServiceAnswer}. */
@ApplicationScoped
public class ServiceResponses {

    private static final Logger LOG = Logger.getLogger(ServiceResponses.class);
    /** Answers that say something about the request; any other is the service failing. */
    private static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 404, 409, 412, 413, 415, 422, 429);
    private static final String TYPE_BASE = "https://pikir.org/problems/";

    private final ObjectMapper json;

    public ServiceResponses(ObjectMapper json) {
        this.json = json;
    }

    public <T> ServiceAnswer<T> read(Response response, Class<T> type, String what) {
        return read(response, r -> r.readEntity(type), what);
    }

    public <T> ServiceAnswer<T> read(Response response, GenericType<T> type, String what) {
        return read(response, r -> r.readEntity(type), what);
    }

    /** For requests whose answer the page does not need (204, or a body it ignores). */
    public ServiceAnswer<Void> done(Response response, String what) {
        return read(response, r -> null, what);
    }

    private <T> ServiceAnswer<T> read(Response response, Function<Response, T> entity, String what) {
        int status = response.getStatus();
        if (status >= 200 && status < 300) {
            return new ServiceAnswer.Done<>(status == 204 ? null : entity.apply(response));
        }
        if (REFUSALS.contains(status)) {
            Problem problem = problem(response);
            String type = problem == null || problem.type() == null ? "" : problem.type().toString();
            return new ServiceAnswer.Refused<>(status, type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : type,
                    problem == null ? null : problem.detail(), problem == null ? null : problem.errors());
        }
        throw new BackendUnavailableException("answered " + status + " to " + what);
    }

    private Problem problem(Response response) {
        if (!response.hasEntity()) {
            return null;
        }
        String body = response.readEntity(String.class);
        try {
            return body == null || body.isBlank() ? null : json.readValue(body, Problem.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.debugf("A refusal without a readable problem: %s", e.getMessage());
            return null;
        }
    }
}
