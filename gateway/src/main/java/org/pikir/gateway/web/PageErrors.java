package org.pikir.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The friendly pages for "not here" (404, also for addresses no page has) and "a service is down"
 * (503). More specific than the platform's problem+json mappers, so browsers get HTML instead.
 */
public class PageErrors {

    private static final Logger LOG = Logger.getLogger(PageErrors.class);
    private static final String RETRY_AFTER_SECONDS = "30";

    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance notFound(Page page);

        public static native TemplateInstance unavailable(Page page);

        public static native TemplateInstance formRefused(Page page);
    }

    private final Pages pages;

    public PageErrors(Pages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper({PageNotFoundException.class, NotFoundException.class})
    public RestResponse<TemplateInstance> notFound(RuntimeException e, UriInfo uri) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_FOUND,
                        pages.localized(Templates.notFound(pages.page(uri.getPath()))))
                .type(MediaType.TEXT_HTML_TYPE).build();
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
