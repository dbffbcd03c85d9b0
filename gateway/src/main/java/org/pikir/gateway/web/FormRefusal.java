package org.pikir.gateway.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.annotation.Annotation;
import java.util.Set;

/**
 * A form sent without its CSRF token, or with a forged one, is refused with 403 and a page that
 * says what to do. quarkus-rest-csrf itself aborts such a request with an empty 400, which tells
 * neither the browser nor the person that the request was forbidden rather than malformed.
 */
public class FormRefusal {

    private static final Logger LOG = Logger.getLogger(FormRefusal.class);
    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    // quarkus-rest-csrf marks a request whose token it accepted
    private static final String TOKEN_VERIFIED = "csrf_token_verified";

    private final Pages pages;
    private final RoutingContext routing;

    public FormRefusal(Pages pages, RoutingContext routing) {
        this.pages = pages;
        this.routing = routing;
    }

    /**
     * quarkus-rest-csrf decodes a form's token as Base64 before comparing it, so a token that is not Base64 throws
     * instead of failing the check: refused like any other bad token rather than answered 500.
     */
    @ServerExceptionMapper
    public RestResponse<String> malformedToken(IllegalArgumentException e, ContainerRequestContext request) {
        boolean inCsrfCheck = false;
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("io.quarkus.csrf.")) {
                inCsrfCheck = true;
                break;
            }
        }
        if (!inCsrfCheck) {
            // not ours: the next mapper answers
            return null;
        }
        LOG.infof("%s %s refused: a CSRF token that is not Base64", request.getMethod(), request.getUriInfo().getPath());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.FORBIDDEN, refusalPage(request))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private String refusalPage(ContainerRequestContext request) {
        // the layout's sign-out form needs a CSRF token, and none is issued for a refused request
        return pages.localized(PageErrors.Templates.formRefused(pages.withoutAccount(request.getUriInfo().getPath())))
                .render();
    }

    @ServerResponseFilter
    public void refuseFormsWithoutToken(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity() || SAFE_METHODS.contains(request.getMethod())
                || Boolean.TRUE.equals(routing.get(TOKEN_VERIFIED))) {
            return;
        }
        LOG.infof("%s %s refused: no valid CSRF token", request.getMethod(), request.getUriInfo().getPath());
        String html = refusalPage(request);
        response.setStatus(403);
        response.setEntity(html, new Annotation[0], MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
