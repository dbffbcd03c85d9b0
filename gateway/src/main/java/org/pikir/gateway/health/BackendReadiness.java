package org.pikir.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.pikir.gateway.GatewayConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * One readiness check per service, named after it: the gateway is ready when every service it
 * forwards to has at least one ready replica. Liveness does not look at them, so a service outage
 * never restarts the gateway.
 */
@ApplicationScoped
public class BackendReadiness {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final GatewayConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public BackendReadiness(GatewayConfig config) {
        this.config = config;
    }

    @Produces
    @Readiness
    HealthCheck eventsService() {
        return () -> check("events-service", config.eventsUrl());
    }

    @Produces
    @Readiness
    HealthCheck feedbackService() {
        return () -> check("feedback-service", config.feedbackUrl());
    }

    private HealthCheckResponse check(String name, List<URI> replicas) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name);
        boolean anyReady = false;
        for (int i = 0; i < replicas.size(); i++) {
            URI readiness = replicas.get(i).resolve("/q/health/ready");
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
