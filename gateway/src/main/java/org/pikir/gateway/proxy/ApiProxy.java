package org.pikir.gateway.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ConnectTimeoutException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.pikir.gateway.GatewayConfig;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.web.RequestIds;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Forwards {@code /api/events/**} and {@code /api/feedback/**} to their services unchanged and
 * streams both bodies. A service may run as several replicas: each request goes to the next one in
 * turn whose circuit is closed. A request that could not reach a replica (connection refused, connect
 * timeout) is sent once to the next replica when repeating it is harmless: a safe or idempotent method,
 * or a POST carrying an Idempotency-Key; a safe request without a body is also repeated, on a new connection,
 * when the connection closed or was reset before any answer. A service that is down on every replica or tripped answers as an
 * RFC 9457 503 with Retry-After, a slow one 504, one that breaks off mid-exchange 502, all within the
 * configured timeouts. Anonymous GETs that a service answered as {@code public} are served from a
 * {@link SharedCache} for a few seconds.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    private static final long DOWN_RETRY_AFTER_SECONDS = 5;
    // after the security filters (which permit /api/*), before Quarkus REST and static resources
    private static final int ROUTE_ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    private static final String CACHE_KEY = "pikir.shared-cache-key";

    private final Backends backends;
    private final SharedCache cache;
    private final long connectTimeoutMillis;
    private final long responseTimeoutMillis;
    private final ObjectMapper json;

    public ApiProxy(Backends backends, GatewayConfig config, ObjectMapper json) {
        this.backends = backends;
        this.json = json;
        this.connectTimeoutMillis = config.connectTimeout().toMillis();
        this.responseTimeoutMillis = config.responseTimeout().toMillis();
        GatewayConfig.Cache shared = config.cache();
        this.cache = new SharedCache(shared.maxEntries(), shared.maxBodyBytes(), shared.maxAge(), System::nanoTime);
    }

    void routes(@Observes Router router) {
        router.routeWithRegex("^/api/events(/.*)?$").order(ROUTE_ORDER).handler(rc -> forward(backends.events(), rc));
        router.routeWithRegex("^/api/feedback(/.*)?$").order(ROUTE_ORDER).handler(rc -> forward(backends.feedback(), rc));
    }

    private void forward(Backend backend, RoutingContext rc) {
        HttpServerRequest in = rc.request();
        // hold the body until the service connection is there to take it
        in.pause();
        if (cache.applies(in)) {
            String key = SharedCache.key(rc.normalizedPath(), in.query());
            SharedCache.Entry hit = cache.fresh(key);
            if (hit != null) {
                in.resume();
                answerFromCache(rc, hit);
                return;
            }
            rc.put(CACHE_KEY, key);
        }
        Optional<Replica> replica = backend.acquire();
        if (replica.isEmpty()) {
            in.resume();
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(backend.retryAfterSeconds()));
            sendProblem(rc, Problem.of("service-unavailable", "Service unavailable", 503,
                    backend.name() + " is failing; the gateway stopped calling it for a moment. Try again shortly."));
            return;
        }
        SessionTokenRelay.accessToken(rc).subscribe().with(
                token -> start(backend, replica.get(), rc, token),
                failure -> start(backend, replica.get(), rc, null));
    }

    private void start(Backend backend, Replica replica, RoutingContext rc, String relayedAccessToken) {
        HttpServerRequest in = rc.request();
        boolean hasBody = hasBody(in);
        if (!hasBody) {
            in.resume();
        } else if (in.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true)) {
            rc.response().writeContinue();
        }
        send(backend, replica, rc, relayedAccessToken, hasBody, 0);
    }

    private void send(Backend backend, Replica replica, RoutingContext rc, String relayedAccessToken,
                      boolean hasBody, int attempt) {
        HttpServerRequest in = rc.request();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(replica.host())
                .setPort(replica.port())
                .setSsl(replica.ssl())
                // the normalised path is the one the route matched, so "/api/events/../.." cannot slip past
                .setURI(in.query() == null ? rc.normalizedPath() : rc.normalizedPath() + "?" + in.query())
                .setHeaders(ForwardedHeaders.request(in, relayedAccessToken))
                .setConnectTimeout(connectTimeoutMillis)
                .setIdleTimeout(responseTimeoutMillis);
        // a request sent again goes on a new connection: the pooled ones may be as dead as the one that failed
        (attempt == 0 ? backend.client() : backend.freshClient()).request(options).onComplete(connected -> {
            if (connected.failed()) {
                replica.circuit().onFailure();
                // nothing was sent and the body is still unread, so another replica can take the request
                if (attempt == 0 && repeatable(in)) {
                    Optional<Replica> next = backend.acquireOtherThan(replica);
                    if (next.isPresent()) {
                        LOG.infof("%s at %s unreachable (%s); %s %s sent to %s", backend.name(), replica.url(),
                                connected.cause(), in.method(), rc.normalizedPath(), next.get().url());
                        send(backend, next.get(), rc, relayedAccessToken, hasBody, attempt + 1);
                        return;
                    }
                }
                fail(rc, backend, connected.cause());
                return;
            }
            sendBody(connected.result(), in, hasBody).onComplete(result -> {
                if (result.succeeded()) {
                    replica.circuit().onSuccess();
                    relay(rc, result.result());
                    return;
                }
                replica.circuit().onFailure();
                // the replica closed or reset the connection before answering (restart, crash): a safe request may go
                // again, on a new connection, which finds the next replica or nothing listening (503)
                if (attempt == 0 && !hasBody && SAFE.contains(in.method()) && closedBeforeAnswer(result.cause())
                        && !rc.response().headWritten()) {
                    Optional<Replica> next = backend.acquireOtherThan(replica);
                    Replica again = next.orElse(replica);
                    LOG.debugf("%s at %s closed the connection before answering; %s %s sent to %s", backend.name(),
                            replica.url(), in.method(), rc.normalizedPath(), again.url());
                    send(backend, again, rc, relayedAccessToken, false, attempt + 1);
                    return;
                }
                fail(rc, backend, result.cause());
            });
        });
    }

    private static boolean hasBody(HttpServerRequest in) {
        return in.headers().contains(HttpHeaders.CONTENT_LENGTH) || in.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /** Whether sending the request a second time cannot do anything the first would not have done. */
    private static boolean repeatable(HttpServerRequest in) {
        return IDEMPOTENT.contains(in.method())
                || (HttpMethod.POST.equals(in.method()) && in.headers().contains("Idempotency-Key"));
    }

    /** The connection closed or was reset before any answer came: a crash or restart of the replica, not slowness. */
    private static boolean closedBeforeAnswer(Throwable cause) {
        return cause instanceof HttpClosedException || cause instanceof IOException;
    }

    private static Future<HttpClientResponse> sendBody(HttpClientRequest request, HttpServerRequest in, boolean hasBody) {
        return hasBody ? request.send(in) : request.send();
    }

    private void relay(RoutingContext rc, HttpClientResponse answer) {
        HttpServerResponse out = rc.response();
        // the caller went away and the backend's answer was dropped on purpose (reset): not an error of the gateway
        answer.exceptionHandler(e -> LOG.debugf("The response of %s ended early: %s", rc.normalizedPath(), e));
        if (out.closed() || out.ended()) {
            answer.request().reset();
            return;
        }
        out.setStatusCode(answer.statusCode());
        String cacheKey = rc.get(CACHE_KEY);
        if (cacheKey != null && cache.storable(answer)) {
            MultiMap headers = MultiMap.caseInsensitiveMultiMap();
            ForwardedHeaders.response(answer.headers(), headers);
            out.headers().addAll(headers);
            answer.body().onComplete(body -> {
                if (body.failed()) {
                    LOG.debugf("Reading the response of %s failed: %s", rc.normalizedPath(), body.cause());
                    out.reset();
                    return;
                }
                cache.store(cacheKey, headers, body.result());
                out.end(body.result());
            });
            return;
        }
        ForwardedHeaders.response(answer.headers(), out.headers());
        out.send(answer).onFailure(e -> {
            LOG.debugf("Relaying the response of %s failed: %s", rc.normalizedPath(), e);
            answer.request().reset();
        });
    }

    private void answerFromCache(RoutingContext rc, SharedCache.Entry hit) {
        HttpServerResponse out = rc.response();
        out.headers().addAll(hit.headers());
        out.putHeader(HttpHeaders.AGE, Long.toString(cache.ageSeconds(hit)));
        if (SharedCache.matches(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH), hit.etag())) {
            out.headers().remove(HttpHeaders.CONTENT_LENGTH).remove(HttpHeaders.CONTENT_TYPE);
            out.setStatusCode(304).end();
            return;
        }
        out.setStatusCode(200).end(hit.body());
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
