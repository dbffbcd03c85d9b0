package org.pikir.gateway.web;

import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.platform.problem.Problem;

import java.util.List;

/**
 * How a service answered a request a page made for the signed-in user: done (with the service's
 * answer), or refused with the status, the problem type (the last part of its RFC 9457 {@code type})
 * and the fields it named. Server errors and silence never get here: they are thrown as
 * {@link BackendUnavailableException} so the page becomes the "temporarily unavailable" page.
 */
public sealed interface ServiceAnswer<T> {

    record Done<T>(T value) implements ServiceAnswer<T> {
    }

    record Refused<T>(int status, String problem, String detail, List<Problem.FieldError> errors)
            implements ServiceAnswer<T> {

        public Refused {
            problem = problem == null ? "" : problem;
            errors = errors == null ? List.of() : List.copyOf(errors);
        }

        public boolean is(String problemType) {
            return problem.equals(problemType);
        }

        /**
         * The status a page shows this refusal with: the service's own, or 400 for one {@link RestResponse.Status}
         * does not name (422: a request the service understood but would not take), never a failure of the page.
         */
        public RestResponse.Status pageStatus() {
            RestResponse.Status named = RestResponse.Status.fromStatusCode(status);
            return named != null ? named : RestResponse.Status.BAD_REQUEST;
        }

        /** The same refusal for a request that answers another type. */
        public <U> Refused<U> as() {
            return new Refused<>(status, problem, detail, errors);
        }
    }
}
