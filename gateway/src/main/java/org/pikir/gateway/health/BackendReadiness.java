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

/**
 * One readiness check per service, named after it: the gateway is ready when the services it
 * forwards to are. Liveness does not look at them, so a service outage never restarts the gateway.
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

    private HealthCheckResponse check(String name, URI service) {
        URI readiness = service.resolve("/q/health/ready");
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name).withData("url", readiness.toString());
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(readiness).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.status(answer.statusCode() == 200).withData("status", answer.statusCode()).build();
        } catch (IOException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("error", "interrupted").build();
        }
    }
}
