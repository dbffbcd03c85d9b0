package org.pikir.gateway.proxy;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.Vertx;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * One circuit breaker per service for the /api forwarding, from SmallRye Fault Tolerance like the pages' clients
 * ({@code quarkus.fault-tolerance."org.pikir.gateway.proxy.ForwardingGuard".circuit-breaker.*}): a service whose
 * calls keep failing (refused, reset, silent) is not called for a while and answers 503 at once.
 */
@ApplicationScoped
@CircuitBreaker(skipOn = ForwardingGuard.CallerGone.class)
public class ForwardingGuard {

    @AsynchronousNonBlocking
    public CompletionStage<ProxyResponse> events(ProxyContext proxy) {
        return send(proxy);
    }

    @AsynchronousNonBlocking
    public CompletionStage<ProxyResponse> feedback(ProxyContext proxy) {
        return send(proxy);
    }

    /**
     * A caller who hung up (a closed tab, a client's timeout, the end of a load test) ends the exchange with the
     * service too; that says nothing about the service, so it does not count towards opening its circuit.
     */
    private static CompletionStage<ProxyResponse> send(ProxyContext proxy) {
        HttpServerRequest caller = proxy.request().proxiedRequest();
        return proxy.sendRequest()
                .recover(failure -> Future.failedFuture(caller.response().closed() ? new CallerGone(failure) : failure))
                .toCompletionStage();
    }

    /** The exchange ended because the caller's connection closed. */
    public static final class CallerGone extends RuntimeException {
        CallerGone(Throwable cause) {
            super("the caller hung up", cause);
        }
    }

    /** The guard as a step of the proxy's chain. */
    static ProxyInterceptor step(Function<ProxyContext, CompletionStage<ProxyResponse>> guarded) {
        return new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext proxy) {
                Context context = Vertx.currentContext();
                return Future.fromCompletionStage(guarded.apply(proxy), context);
            }
        };
    }
}
