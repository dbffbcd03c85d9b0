package org.pikir.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

import java.util.List;

/**
 * What a service sees of a forwarded request: the normalised path the route matched (so {@code /api/events/../..}
 * cannot slip past), the caller's Host (services build links to the gateway), where it came from, and no cookies
 * (the gateway's session id is a credential the services must not see). The proxy itself drops hop-by-hop headers.
 */
final class ForwardedRequest implements ProxyInterceptor {

    /** Carries the normalised URI from the route to the proxy's request; never leaves the gateway. */
    private static final String NORMALISED_URI = "X-Pikir-Normalised-Uri";
    private static final List<String> HOP_BY_HOP = List.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "upgrade");

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest in = request.proxiedRequest();
        request.headers().remove(HttpHeaders.COOKIE);
        // always set by prepare(), so a caller cannot choose it
        request.setURI(request.headers().get(NORMALISED_URI));
        request.headers().remove(NORMALISED_URI);
        if (in.authority() != null) {
            request.setAuthority(in.authority());
        }
        return context.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap headers = context.response().headers();
        // hop-by-hop headers (RFC 9110 section 7.6.1), and those a Connection header names, stay with the service
        for (String connection : headers.getAll(HttpHeaders.CONNECTION)) {
            for (String token : connection.split(",")) {
                if (!token.isBlank()) {
                    headers.remove(token.trim());
                }
            }
        }
        HOP_BY_HOP.forEach(headers::remove);
        return context.sendResponse();
    }

    /** Rewrites what the proxy copies from the incoming request; runs before the proxy sees it. */
    static void prepare(RoutingContext rc) {
        HttpServerRequest in = rc.request();
        String query = in.query();
        // the route matched the normalised path, so that is the one to send
        in.headers().set(NORMALISED_URI, query == null ? rc.normalizedPath() : rc.normalizedPath() + "?" + query);
        String client = in.remoteAddress() == null ? null : in.remoteAddress().hostAddress();
        if (client != null) {
            String earlier = in.getHeader("X-Forwarded-For");
            in.headers().set("X-Forwarded-For", earlier == null ? client : earlier + ", " + client);
        }
        in.headers().set("X-Forwarded-Proto", in.scheme());
        if (in.authority() != null) {
            in.headers().set("X-Forwarded-Host", in.authority().toString());
        }
    }
}
