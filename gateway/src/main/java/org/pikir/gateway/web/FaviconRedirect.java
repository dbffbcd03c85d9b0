package org.pikir.gateway.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Browsers and crawlers ask for {@code /favicon.ico} whatever the pages link; the icon is {@code /favicon.svg}
 * (a static resource every page names with {@code <link rel="icon">}), so the old address leads there for good.
 */
@Path("/favicon.ico")
public class FaviconRedirect {

    @GET
    public RestResponse<Void> icon() {
        return RestResponse.ResponseBuilder.<Void>create(RestResponse.Status.MOVED_PERMANENTLY)
                // relative, so that it holds behind any proxy whatever Host the request named
                .header(HttpHeaders.LOCATION, "/favicon.svg")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400")
                .build();
    }
}
