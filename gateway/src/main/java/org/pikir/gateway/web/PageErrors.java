package org.pikir.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.pikir.platform.web.AllowedMethods;

import java.net.URI;
import java.util.Set;

/**
 * The friendly pages for "not here" (404, also for addresses no page has), "not for you" (403),
 * and "a service is down" (503), and the way to sign-in when a page needs someone signed in. More
 * specific than the platform's problem+json mappers, so browsers get HTML instead.
 */
public class PageErrors {

    private static final Logger LOG = Logger.getLogger(PageErrors.class);
    private static final String RETRY_AFTER_SECONDS = "30";

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance notFound(Page page);

        public static native TemplateInstance unavailable(Page page);

        public static native TemplateInstance formRefused(Page page);

        public static native TemplateInstance forbidden(Page page);
    }

    private final Pages pages;
    private final AllowedMethods allowedMethods;

    public PageErrors(Pages pages, AllowedMethods allowedMethods) {
        this.pages = pages;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> notFound(PageNotFoundException e, UriInfo uri) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_FOUND,
                        pages.localized(Templates.notFound(pages.page(uri.getPath()))))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    /**
     * No page at this address, or none for this method: Quarkus REST says 404 when another page class shares the
     * address's beginning, and 405 without Allow; a page that takes other methods answers 405 naming them.
     */
    @ServerExceptionMapper({NotFoundException.class, NotAllowedException.class})
    public RestResponse<TemplateInstance> noSuchPage(WebApplicationException e, UriInfo uri, Request request) {
        Set<String> allowed = allowedMethods.refusing(request.getMethod(), uri.getPath());
        if (allowed.isEmpty()) {
            return notFound(null, uri);
        }
        return RestResponse.ResponseBuilder.create(RestResponse.Status.METHOD_NOT_ALLOWED,
                        pages.localized(Templates.notFound(pages.page(uri.getPath()))))
                .type(MediaType.TEXT_HTML_TYPE).allow(allowed).build();
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> forbidden(ForbiddenPageException e, UriInfo uri) {
        LOG.infof("Page %s refused: %s", uri.getPath(), e.getMessage());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.FORBIDDEN,
                        pages.localized(Templates.forbidden(pages.page(uri.getPath()))))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    @ServerExceptionMapper
    public RestResponse<Void> signIn(SignInRequiredException e) {
        return RestResponse.seeOther(URI.create(Pages.signInUrl(e.next())));
    }

    @ServerExceptionMapper({BackendUnavailableException.class, FaultToleranceException.class, ProcessingException.class})
    public RestResponse<TemplateInstance> unavailable(RuntimeException e, UriInfo uri) {
        LOG.warnf("Page %s shown as unavailable: %s", uri.getPath(), e.toString());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.SERVICE_UNAVAILABLE,
                        pages.localized(Templates.unavailable(pages.page(uri.getPath()))))
                .type(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }
}
