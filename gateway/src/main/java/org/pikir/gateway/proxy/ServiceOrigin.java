package org.pikir.gateway.proxy;

import io.smallrye.stork.Stork;
import io.smallrye.stork.api.ServiceInstance;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;

import java.net.ConnectException;

/**
 * The replica a forwarded request goes to, as SmallRye Stork finds the service's instances (a static list locally,
 * Kubernetes endpoints in a cluster) and takes them in turn. A replica that refuses the connection has read nothing
 * of the request, so any request goes once more, to the next replica.
 */
final class ServiceOrigin implements OriginRequestProvider {

    private final String serviceName;
    private final long responseTimeoutMillis;

    ServiceOrigin(String serviceName, long responseTimeoutMillis) {
        this.serviceName = serviceName;
        this.responseTimeoutMillis = responseTimeoutMillis;
    }

    String serviceName() {
        return serviceName;
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext proxy) {
        Context context = Vertx.currentContext();
        return connect(proxy, context).recover(failure -> refused(failure)
                ? connect(proxy, context)
                : Future.failedFuture(failure));
    }

    private Future<HttpClientRequest> connect(ProxyContext proxy, Context context) {
        var selected = Stork.getInstance().getService(serviceName).selectInstance().subscribeAsCompletionStage();
        return Future.fromCompletionStage(selected, context)
                .compose(instance -> proxy.client().request(options(instance)));
    }

    private RequestOptions options(ServiceInstance instance) {
        return new RequestOptions()
                .setHost(instance.getHost())
                .setPort(instance.getPort())
                .setSsl(instance.isSecure())
                // silence allowed while waiting for (more of) an answer
                .setIdleTimeout(responseTimeoutMillis);
    }

    static boolean refused(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
