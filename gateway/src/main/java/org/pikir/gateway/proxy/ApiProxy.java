package org.pikir.gateway.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ConnectTimeoutException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.pikir.gateway.GatewayConfig;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.web.RequestIds;

import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Forwards {@code /api/events/**} and {@code /api/feedback/**} to their services unchanged and
 * streams both bodies. A service that is down (connection refused) or tripped answers as an RFC 9457
 * 503 with Retry-After, a slow one 504, one that breaks off mid-exchange 502, all within the configured
 * timeouts.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    private static final long DOWN_RETRY_AFTER_SECONDS = 5;
    // after the security filters (which permit /api/*), before Quarkus REST and static resources
    private static final int ROUTE_ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    private final Backend events;
    private final Backend feedback;
    private final long connectTimeoutMillis;
    private final long responseTimeoutMillis;
    private final ObjectMapper json;

    public ApiProxy(Vertx vertx, GatewayConfig config, ObjectMapper json) {
        this.json = json;
        this.connectTimeoutMillis = config.connectTimeout().toMillis();
        this.responseTimeoutMillis = config.responseTimeout().toMillis();
        this.events = backend("events-service", config.eventsUrl(), vertx, config);
        this.feedback = backend("feedback-service", config.feedbackUrl(), vertx, config);
    }

    private static Backend backend(String name, URI url, Vertx vertx, GatewayConfig config) {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                // compressed answers pass through as they are
                .setDecompressionSupported(false)
                .setMetricsName("proxy-" + name);
        PoolOptions pool = new PoolOptions().setHttp1MaxSize(64);
        GatewayConfig.Circuit circuit = config.circuit();
        return new Backend(name, url, vertx.createHttpClient(options, pool),
                new BackendCircuit(circuit.failureThreshold(), circuit.openDuration()));
    }

    void routes(@Observes Router router) {
        router.routeWithRegex("^/api/events(/.*)?$").order(ROUTE_ORDER).handler(rc -> forward(events, rc));
        router.routeWithRegex("^/api/feedback(/.*)?$").order(ROUTE_ORDER).handler(rc -> forward(feedback, rc));
    }

    void close(@Observes ShutdownEvent event) {
        for (Backend backend : List.of(events, feedback)) {
            backend.client().close();
        }
    }

    private void forward(Backend backend, RoutingContext rc) {
        HttpServerRequest in = rc.request();
        // hold the body until the service connection is there to take it
        in.pause();
        if (!backend.circuit().tryAcquire()) {
            in.resume();
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(backend.circuit().retryAfterSeconds()));
            sendProblem(rc, Problem.of("service-unavailable", "Service unavailable", 503,
                    backend.name() + " is failing; the gateway stopped calling it for a moment. Try again shortly."));
            return;
        }
        SessionTokenRelay.accessToken(rc).subscribe().with(
                token -> send(backend, rc, token),
                failure -> send(backend, rc, null));
    }

    private void send(Backend backend, RoutingContext rc, String relayedAccessToken) {
        HttpServerRequest in = rc.request();
        boolean hasBody = in.headers().contains(HttpHeaders.CONTENT_LENGTH)
                || in.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        if (!hasBody) {
            in.resume();
        } else if (in.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true)) {
            rc.response().writeContinue();
        }
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(backend.host())
                .setPort(backend.port())
                .setSsl(backend.ssl())
                // the normalised path is the one the route matched, so "/api/events/../.." cannot slip past
                .setURI(in.query() == null ? rc.normalizedPath() : rc.normalizedPath() + "?" + in.query())
                .setHeaders(ForwardedHeaders.request(in, relayedAccessToken))
                .setConnectTimeout(connectTimeoutMillis)
                .setIdleTimeout(responseTimeoutMillis);
        backend.client().request(options)
                .compose(request -> sendBody(request, in, hasBody))
                .onComplete(result -> {
                    if (result.succeeded()) {
                        backend.circuit().onSuccess();
                        relay(rc, result.result());
                    } else {
                        backend.circuit().onFailure();
                        fail(rc, backend, result.cause());
                    }
                });
    }

    private static Future<HttpClientResponse> sendBody(HttpClientRequest request, HttpServerRequest in, boolean hasBody) {
        return hasBody ? request.send(in) : request.send();
    }

    private void relay(RoutingContext rc, HttpClientResponse answer) {
        HttpServerResponse out = rc.response();
        if (out.closed() || out.ended()) {
            answer.request().reset();
            return;
        }
        out.setStatusCode(answer.statusCode());
        ForwardedHeaders.response(answer.headers(), out.headers());
        out.send(answer).onFailure(e -> {
            LOG.debugf("Relaying the response of %s failed: %s", rc.normalizedPath(), e);
            answer.request().reset();
        });
    }

    private void fail(RoutingContext rc, Backend backend, Throwable cause) {
        HttpServerResponse out = rc.response();
        if (out.headWritten()) {
            // half an answer is already on its way; only closing tells the caller it is incomplete
            out.reset();
            return;
        }
        boolean timedOut = cause instanceof TimeoutException || cause instanceof ConnectTimeoutException;
        LOG.warnf("%s failed for %s %s: %s", backend.name(), rc.request().method(), rc.normalizedPath(), cause);
        if (timedOut) {
            sendProblem(rc, Problem.of("gateway-timeout", "Gateway timeout", 504,
                    backend.name() + " did not answer in time."));
        } else if (refused(cause)) {
            // nothing listens: the service is down or restarting, which callers may simply retry
            out.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(DOWN_RETRY_AFTER_SECONDS));
            sendProblem(rc, Problem.of("service-unavailable", "Service unavailable", 503,
                    backend.name() + " is not running at the moment. Try again shortly."));
        } else {
            sendProblem(rc, Problem.of("bad-gateway", "Bad gateway", 502,
                    backend.name() + " broke off the exchange."));
        }
    }

    private static boolean refused(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private void sendProblem(RoutingContext rc, Problem problem) {
        Problem located = problem.at(rc.normalizedPath(), rc.request().getHeader(RequestIds.HEADER));
        String body;
        try {
            body = json.writeValueAsString(located);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem detail could not be written", e);
        }
        rc.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
