package org.pikir.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.pikir.platform.json.UnicodeStrings;
import org.pikir.platform.web.AllowedMethods;
import org.pikir.platform.web.InvalidParameterException;
import org.pikir.platform.web.RequestIds;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem. Clients never see
 * a class name or a stack trace; unexpected failures are logged here with the request id.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper json;
    private final AllowedMethods allowedMethods;

    public ProblemMappers(ObjectMapper json, AllowedMethods allowedMethods) {
        this.json = json;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder builder = Response.fromResponse(respond(e.problem(), uri));
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return respond(Problem.of("validation", "Invalid request", 400, "Check these fields: " + fields + ".")
                .withErrors(errors), uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(Problem.of("validation", "Invalid request", 400, "Unknown field '" + field + "'.")
                .withErrors(List.of(new Problem.FieldError(field, "is not a field of this request"))), uri);
    }

    @ServerExceptionMapper
    public Response badJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(Problem.of("malformed-body", "Malformed request body", 400,
                    "The body is not the JSON object this endpoint expects."), uri);
        }
        return respond(Problem.of("validation", "Invalid request", 400, "Field '" + field + "' has the wrong type.")
                .withErrors(List.of(new Problem.FieldError(field, "has the wrong type or format"))), uri);
    }

    @ServerExceptionMapper
    public Response notUnicode(UnicodeStrings.NotUnicodeText e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(Problem.of("validation", "Invalid request", 400, "Field '" + field + "' is not Unicode text.")
                .withErrors(List.of(new Problem.FieldError(field, "holds half of a UTF-16 surrogate pair, which is no character"))), uri);
    }

    /**
     * Quarkus ships its own mapper for this subclass (a wrong value type, an unknown enum constant),
     * which answers without a problem body; the more specific type here makes ours win.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of("malformed-body", "Malformed request body", 400, "The body is not valid JSON."), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of("unauthenticated", "Authentication required", 401,
                        "Sign in or send a valid bearer token."), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of("forbidden", "Forbidden", 403, "Your role does not allow this action."), uri);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return respond(Problem.of("validation", "Invalid request", 400,
                        "Parameter '" + e.parameter() + "' " + e.getMessage() + ".")
                .withErrors(List.of(new Problem.FieldError(e.parameter(), e.getMessage()))), uri);
    }

    @ServerExceptionMapper
    public Response identityProviderDown(OIDCException e, UriInfo uri) {
        LOG.warnf("Identity provider unavailable: %s", e.getMessage());
        return Response.fromResponse(respond(Problem.of("identity-provider-unavailable", "Service unavailable", 503,
                        "Sign-in is unavailable right now, so your token could not be checked. Try again shortly."), uri))
                .header(HttpHeaders.RETRY_AFTER, "10").build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, Request request) {
        int status = e.getResponse().getStatus();
        if (status == 404 || status == 405) {
            // Quarkus REST says 404 for a method another resource class would take at the path, and 405 without Allow
            Set<String> allowed = allowedMethods.refusing(request.getMethod(), uri.getPath());
            if (!allowed.isEmpty()) {
                return Response.fromResponse(respond(Problem.of("method-not-allowed", "Method Not Allowed", 405,
                                request.getMethod() + " is not a method of this address; it takes "
                                        + String.join(", ", allowed) + "."), uri))
                        .allow(allowed).build();
            }
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(Problem.of("server-error", "Server error", status, "Something went wrong on our side."), uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Request rejected";
        String detail = status == 404 ? "Nothing exists at this address." : title + ".";
        Response problem = respond(Problem.of(slug(title), title, status, detail), uri);
        // keep headers such as Allow (405) or Retry-After
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("Database unavailable: %s", DatabaseOutage.describe(e));
            return Response.fromResponse(respond(Problem.of("database-unavailable", "Service unavailable", 503,
                            "Our database cannot be reached right now; nothing was changed. Try again shortly."), uri))
                    .header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        if (DatabaseOutage.collided(e)) {
            // two transactions changed the same rows in opposite orders; PostgreSQL rolled this one back
            LOG.warnf("Transaction aborted by a conflict: %s", e);
            return Response.fromResponse(respond(Problem.of("conflict-retry", "Try again", 503,
                            "Another change to the same items was being saved at the same moment; nothing was"
                                    + " changed by this request. Send it again."), uri))
                    .header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        if (bodyTooLarge(e)) {
            // a chunked body counted past quarkus.http.limits.max-body-size while it was read: the caller's doing
            LOG.debug("Request body over the limit", e);
            return respond(Problem.of("body-too-large", "Request body too large", 413,
                    "The request body is larger than this service accepts."), uri);
        }
        LOG.error("Unexpected failure", e);
        return respond(Problem.of("server-error", "Server error", 500,
                "Something went wrong on our side. Quote the request id when you report it."), uri);
    }

    private static boolean bodyTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException && "Request too large".equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private Response respond(Problem problem, UriInfo uri) {
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        Problem located = problem.at(uri == null ? null : uri.getPath(), requestId == null ? null : requestId.toString());
        try {
            return Response.status(problem.status())
                    .type(Problem.MEDIA_TYPE)
                    .entity(json.writeValueAsString(located))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem detail could not be written", e);
        }
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('.').append(node.getKey());
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : "request";
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
