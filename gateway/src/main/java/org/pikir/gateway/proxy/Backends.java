package org.pikir.gateway.proxy;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.pikir.gateway.GatewayConfig;

import java.net.URI;
import java.util.List;

/** The two services behind the gateway, each with the replicas named in its comma-separated URL list. */
@ApplicationScoped
public class Backends {

    private final Backend events;
    private final Backend feedback;

    public Backends(Vertx vertx, GatewayConfig config) {
        this.events = backend("events-service", config.eventsUrl(), vertx, config);
        this.feedback = backend("feedback-service", config.feedbackUrl(), vertx, config);
    }

    Backend events() {
        return events;
    }

    Backend feedback() {
        return feedback;
    }

    /**
     * The replica a request to {@code path} (under /api/events or /api/feedback) should go to, other than
     * {@code avoid} if there is another; null for another path.
     */
    URI route(String path, URI avoid) {
        if (path.startsWith("/api/events")) {
            return events.route(avoid).url();
        }
        if (path.startsWith("/api/feedback")) {
            return feedback.route(avoid).url();
        }
        return null;
    }

    void close(@Observes ShutdownEvent event) {
        for (Backend backend : List.of(events, feedback)) {
            backend.client().close();
            backend.freshClient().close();
        }
    }

    private static Backend backend(String name, List<URI> urls, Vertx vertx, GatewayConfig config) {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                // compressed answers pass through as they are
                .setDecompressionSupported(false)
                .setMetricsName("proxy-" + name);
        // the limit holds per replica (host and port)
        PoolOptions pool = new PoolOptions().setHttp1MaxSize(64);
        GatewayConfig.Circuit circuit = config.circuit();
        List<Replica> replicas = urls.stream()
                .map(url -> new Replica(url, new BackendCircuit(circuit.failureThreshold(), circuit.openDuration())))
                .toList();
        HttpClientOptions fresh = new HttpClientOptions(options).setKeepAlive(false).setMetricsName("proxy-" + name + "-resend");
        return new Backend(name, replicas, vertx.createHttpClient(options, pool), vertx.createHttpClient(fresh, pool));
    }
}
