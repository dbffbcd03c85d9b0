package org.pikir.gateway.health;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the gateway asks each replica whether it is ready: its management interface, never its API port. */
class BackendReadinessTest {

    private static List<URI> uris(String... uris) {
        return Arrays.stream(uris).map(URI::create).toList();
    }

    @Test
    void withoutManagementUrlsEachReplicaIsAskedOnItsOwnHostAndTheServicesManagementPort() {
        assertEquals(uris("http://localhost:9081/q/health/ready", "http://events-b.internal:9081/q/health/ready"),
                BackendReadiness.readinessUrls("events", uris("http://localhost:8081", "http://events-b.internal:8081"),
                        Optional.empty(), BackendReadiness.EVENTS_MANAGEMENT_PORT));
        assertEquals(uris("http://feedback-service:9082/q/health/ready"),
                BackendReadiness.readinessUrls("feedback", uris("http://feedback-service:8082"),
                        Optional.empty(), BackendReadiness.FEEDBACK_MANAGEMENT_PORT));
    }

    @Test
    void managementUrlsGivenPerReplicaAreUsedInTheSameOrder() {
        assertEquals(uris("http://127.0.0.1:9082/q/health/ready", "http://127.0.0.1:9083/q/health/ready"),
                BackendReadiness.readinessUrls("feedback", uris("http://127.0.0.1:8082", "http://127.0.0.1:8083"),
                        Optional.of(uris("http://127.0.0.1:9082", "http://127.0.0.1:9083/")),
                        BackendReadiness.FEEDBACK_MANAGEMENT_PORT));
    }

    @Test
    void managementUrlsThatDoNotMatchTheReplicasAreRefused() {
        IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> BackendReadiness.readinessUrls(
                "feedback", uris("http://a:8082", "http://b:8082"), Optional.of(uris("http://a:9082")),
                BackendReadiness.FEEDBACK_MANAGEMENT_PORT));
        assertTrue(refusal.getMessage().contains("pikir.gateway.feedback-management-url names 1 URLs for the 2 replicas"),
                refusal.getMessage());
    }
}
