package org.pikir.gateway.proxy;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.pikir.gateway.GatewayConfig;

/**
 * Forwards {@code /api/events/**} and {@code /api/feedback/**} unchanged to a replica of their service, streaming
 * both bodies, with Vert.x's reverse proxy. Stork picks the replica ({@link ServiceOrigin}); SmallRye Fault
 * Tolerance trips a service that keeps failing ({@link ForwardingGuard}); failures answer as RFC 9457 problems
 * ({@link ForwardingProblems}). A browser session's access token goes on as a bearer token ({@link SessionTokenRelay}).
 */
@ApplicationScoped
public class ApiForwarding {

    // after the security filters (which permit /api/*), before Quarkus REST and static resources
    private static final int ROUTE_ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    private final HttpClient client;
    private final HttpProxy events;
    private final HttpProxy feedback;

    public ApiForwarding(Vertx vertx, GatewayConfig config, ForwardingGuard guard, ForwardingProblems problems) {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                // compressed answers pass through as they are
                .setDecompressionSupported(false)
                .setMetricsName("api-forwarding");
        this.client = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(64));
        long responseTimeout = config.responseTimeout().toMillis();
        this.events = proxy(new ServiceOrigin("events-service", responseTimeout),
                ForwardingGuard.step(guard::events), problems);
        this.feedback = proxy(new ServiceOrigin("feedback-service", responseTimeout),
                ForwardingGuard.step(guard::feedback), problems);
    }

    private HttpProxy proxy(ServiceOrigin origin, ProxyInterceptor guard, ForwardingProblems problems) {
        // interceptors run in this order on the way out: the outermost turns failures into problems
        return HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client)
                .origin(origin)
                .addInterceptor(problems.forService(origin.serviceName()))
                .addInterceptor(new ForwardedRequest())
                .addInterceptor(guard)
                .addInterceptor(new ResendSafeRequest());
    }

    void routes(@Observes Router router) {
        router.routeWithRegex("^/api/events(/.*)?$").order(ROUTE_ORDER).handler(rc -> forward(events, rc));
        router.routeWithRegex("^/api/feedback(/.*)?$").order(ROUTE_ORDER).handler(rc -> forward(feedback, rc));
    }

    private void forward(HttpProxy proxy, RoutingContext rc) {
        HttpServerRequest in = rc.request();
        // hold the body while the session is looked up; the proxy streams it on
        in.pause();
        if (in.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true)) {
            in.headers().remove(HttpHeaders.EXPECT);
            rc.response().writeContinue();
        }
        ForwardedRequest.prepare(rc);
        SessionTokenRelay.accessToken(rc).subscribe().with(
                token -> {
                    if (token != null) {
                        in.headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
                    }
                    proxy.handle(in);
                },
                failure -> proxy.handle(in));
    }

    void close(@Observes ShutdownEvent event) {
        client.close();
    }
}
