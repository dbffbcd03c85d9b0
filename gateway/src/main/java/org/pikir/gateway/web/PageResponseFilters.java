package org.pikir.gateway.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Remembers a language picked with {@code ?lang=} and keeps pages for a session out of shared caches. */
public class PageResponseFilters {

    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;
    private static final MediaType PDF = MediaType.valueOf("application/pdf");

    @ServerResponseFilter
    public void rememberLanguage(ContainerRequestContext request, ContainerResponseContext response, RoutingContext rc) {
        String lang = request.getUriInfo().getQueryParameters().getFirst(UiLanguage.QUERY_PARAMETER);
        // a download in another language (the report's PDF) does not change the language the pages are read in
        if (UiLanguage.isSupported(lang) && !PDF.isCompatible(response.getMediaType())) {
            NewCookie cookie = new NewCookie.Builder(UiLanguage.COOKIE)
                    .value(lang)
                    .path("/")
                    .maxAge(ONE_YEAR_SECONDS)
                    .httpOnly(true)
                    .secure(request.getSecurityContext().isSecure())
                    .sameSite(NewCookie.SameSite.LAX)
                    .build();
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
        }
        if (MediaType.TEXT_HTML_TYPE.isCompatible(response.getMediaType()) 
                && (rc.get(AnonymousPages.SHARED) == null || response.getStatus() != 200)) {
            // pages for a session carry the signed-in name and a CSRF token
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
