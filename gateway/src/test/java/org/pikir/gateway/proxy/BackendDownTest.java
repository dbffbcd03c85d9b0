package org.pikir.gateway.proxy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import org.pikir.gateway.SessionDatabase;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Nothing listens where the services and Keycloak should be: the gateway still starts and answers fast. */
@QuarkusTest
@TestProfile(BackendDownTest.NothingRunning.class)
class BackendDownTest {

    public static class NothingRunning implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "pikir.gateway.events-url", "http://127.0.0.1:" + closedPort(),
                    "pikir.gateway.feedback-url", "http://127.0.0.1:" + closedPort(),
                    // not the default 9081 and 9082, where a platform started on this machine may be listening
                    "pikir.gateway.events-management-url", "http://127.0.0.1:" + closedPort(),
                    "pikir.gateway.feedback-management-url", "http://127.0.0.1:" + closedPort(),
                    "quarkus.oidc.auth-server-url", "http://127.0.0.1:" + closedPort() + "/realms/pikir");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SessionDatabase.class));
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void aServiceThatIsDownIsAServiceUnavailableProblemAtOnceThenTheCircuitOpens() {
        for (int call = 0; call < 3; call++) {
            long started = System.nanoTime();
            given().when().get("/api/events")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .body("status", equalTo(503))
                    .body("detail", containsString("events-service"))
                    .body(not(containsString("Exception")));
            assertThat(Duration.ofNanos(System.nanoTime() - started).toMillis(), lessThan(3000L));
        }
        given().when().get("/api/events/anything")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", containsString("service-unavailable"));
    }

    @Test
    void pagesSayTheServiceIsUnavailableInsteadOfFailing() {
        long started = System.nanoTime();
        given().header("Accept-Language", "en")
                .when().get("/")
                .then().statusCode(503)
                .contentType(containsString("text/html"))
                .header("Retry-After", equalTo("30"))
                .body(containsString("Service temporarily unavailable"))
                .body(not(containsString("Exception")));
        assertThat(Duration.ofNanos(System.nanoTime() - started).toMillis(), lessThan(3000L));

        given().header("Accept-Language", "ru")
                .when().get("/forums/almaty-2026-02-25-constitutional-reform")
                .then().statusCode(503)
                .body(containsString("Сервис временно недоступен"));
    }

    @Test
    void readinessIsDownAndNamesTheServicesWhileLivenessStaysUp() {
        given().port(management.getPort()).when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.name", hasItems("events-service", "feedback-service"));
        given().port(management.getPort()).when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void signingInWhileKeycloakIsDownIsTheUnavailablePage() {
        given().redirects().follow(false).header("Accept-Language", "kk")
                .when().get("/login")
                .then().statusCode(503)
                .contentType(containsString("text/html"))
                .body(containsString("Қызмет уақытша қолжетімсіз"))
                .body(not(containsString("Exception")));
    }
}
