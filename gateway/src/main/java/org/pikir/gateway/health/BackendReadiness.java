package org.pikir.gateway.health;

import io.quarkus.runtime.Startup;
import io.smallrye.stork.Stork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.pikir.gateway.GatewayConfig;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One readiness check per service, named after it: the gateway is ready when every service it
 * forwards to has at least one ready replica, asked on the replica's management interface (the services serve
 * their health there, not on the port the gateway forwards to). Liveness does not look at them, so a service
 * outage never restarts the gateway. Management URLs given for the replicas are checked at start-up (a list that does
 * not match the replicas stops it); without them the replicas are the ones SmallRye Stork finds at each check.
 */
@Startup
@ApplicationScoped
public class BackendReadiness {

    static final int EVENTS_MANAGEMENT_PORT = 9081;
    static final int FEEDBACK_MANAGEMENT_PORT = 9082;
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final Optional<List<URI>> eventsReadiness;
    private final Optional<List<URI>> feedbackReadiness;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public BackendReadiness(GatewayConfig config) {
        // given management URLs must match the configured replicas; without them the replicas are Stork's
        this.eventsReadiness = config.eventsManagementUrl().map(urls -> readinessUrls("events", config.eventsUrl(),
                Optional.of(urls), EVENTS_MANAGEMENT_PORT));
        this.feedbackReadiness = config.feedbackManagementUrl().map(urls -> readinessUrls("feedback",
                config.feedbackUrl(), Optional.of(urls), FEEDBACK_MANAGEMENT_PORT));
    }

    @Produces
    @Readiness
    HealthCheck eventsService() {
        return () -> check("events-service", eventsReadiness, EVENTS_MANAGEMENT_PORT);
    }

    @Produces
    @Readiness
    HealthCheck feedbackService() {
        return () -> check("feedback-service", feedbackReadiness, FEEDBACK_MANAGEMENT_PORT);
    }

    /**
     * The replicas to ask: the management URLs given, or else the replicas SmallRye Stork finds now (the static list
     * locally, the Service's ready pods in Kubernetes), each on its own host and the service's management port.
     */
    private HealthCheckResponse check(String service, Optional<List<URI>> given, int managementPort) {
        if (given.isPresent()) {
            return check(service, given.get());
        }
        List<URI> replicas;
        try {
            replicas = Stork.getInstance().getService(service).getInstances().await().atMost(TIMEOUT).stream()
                    .map(instance -> URI.create((instance.isSecure() ? "https" : "http") + "://" + instance.getHost()
                            + ":" + instance.getPort()))
                    .toList();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(service).down().withData("error", "no replicas found: " + e).build();
        }
        if (replicas.isEmpty()) {
            return HealthCheckResponse.named(service).down().withData("error", "no replicas found").build();
        }
        return check(service, readinessUrls(service, replicas, Optional.empty(), managementPort));
    }

    /**
     * The readiness URL of each replica: on the management URL given for it, or else on its own host and the
     * service's default management port.
     */
    static List<URI> readinessUrls(String service, List<URI> replicas, Optional<List<URI>> management, int defaultPort) {
        if (management.isPresent() && management.get().size() != replicas.size()) {
            throw new IllegalStateException(("pikir.gateway.%1$s-management-url names %2$d URLs for the %3$d replicas of "
                    + "pikir.gateway.%1$s-url; give one per replica, in the same order")
                    .formatted(service, management.get().size(), replicas.size()));
        }
        List<URI> urls = new ArrayList<>();
        for (int i = 0; i < replicas.size(); i++) {
            URI base = management.isPresent() ? management.get().get(i) : onPort(replicas.get(i), defaultPort);
            urls.add(base.resolve("/q/health/ready"));
        }
        return List.copyOf(urls);
    }

    private static URI onPort(URI replica, int port) {
        try {
            return new URI(replica.getScheme(), null, replica.getHost(), port, "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Not a service URL: " + replica, e);
        }
    }

    private HealthCheckResponse check(String name, List<URI> replicas) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name);
        boolean anyReady = false;
        for (int i = 0; i < replicas.size(); i++) {
            URI readiness = replicas.get(i);
            // one replica keeps the data keys of a single URL; more are numbered
            String prefix = replicas.size() == 1 ? "" : "replica" + (i + 1) + ".";
            response.withData(prefix + "url", readiness.toString());
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(readiness).timeout(TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                response.withData(prefix + "status", answer.statusCode());
                anyReady |= answer.statusCode() == 200;
            } catch (IOException e) {
                response.withData(prefix + "error", e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                response.withData(prefix + "error", "interrupted");
            }
        }
        return response.status(anyReady).build();
    }
}
