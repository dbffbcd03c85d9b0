package org.pikir.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

import java.io.IOException;
import java.util.Set;

/**
 * A pooled connection to a replica that has just stopped dies on first use, before any answer; a safe request
 * without a body is then sent once more (Stork picks the next replica, or nothing listens and it is a 503).
 */
final class ResendSafeRequest implements ProxyInterceptor {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest in = context.request().proxiedRequest();
        boolean resendable = SAFE.contains(in.method()) && !in.headers().contains(HttpHeaders.CONTENT_LENGTH)
                && !in.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        return context.sendRequest().recover(failure -> {
            if (!resendable || !closedBeforeAnswer(failure) || in.response().headWritten()) {
                return Future.failedFuture(failure);
            }
            // the request's (empty) body stream was used up by the first try
            context.request().setBody(Body.body(Buffer.buffer()));
            return context.sendRequest();
        });
    }

    private static boolean closedBeforeAnswer(Throwable failure) {
        return failure instanceof HttpClosedException || failure instanceof IOException;
    }
}
