package org.pikir.gateway.proxy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;

import io.restassured.RestAssured;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class ApiProxyTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static String uniquePath(String service) {
        return "/api/" + service + "/proxy-" + UUID.randomUUID();
    }

    @Test
    void getWithQueryAndHeadersReachesEventsServiceAndItsAnswerComesBackUnchanged() {
        String path = uniquePath("events");
        Stubs.events().register(get(urlPathEqualTo(path)).willReturn(aResponse()
                .withStatus(203)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Served-By", "events")
                .withHeader("Cache-Control", "max-age=5")
                .withBody("{\"answer\":42}")));

        given().header("X-Client-Note", "hello")
                .queryParam("q", "Алматы and more")
                .queryParam("page", "2")
                .when().get(path)
                .then().statusCode(203)
                .header("X-Served-By", "events")
                .header("Cache-Control", "max-age=5")
                .contentType(ContentType.JSON)
                .body("answer", equalTo(42));

        Stubs.events().verifyThat(getRequestedFor(urlPathEqualTo(path))
                .withQueryParam("q", WireMock.equalTo("Алматы and more"))
                .withQueryParam("page", WireMock.equalTo("2"))
                .withHeader("X-Client-Note", WireMock.equalTo("hello"))
                .withHeader("X-Forwarded-For", matching(".+")));
    }

    @Test
    void postBodyReachesFeedbackServiceAndTheCreatedAnswerComesBack() {
        String path = uniquePath("feedback");
        Stubs.feedback().register(post(urlPathEqualTo(path)).willReturn(aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", "http://localhost/api/feedback/comments/7")
                .withBody("{\"id\":7,\"body\":\"Қолдаймын\"}")));
        String body = "{\"eventSlug\":\"almaty\",\"body\":\"Қолдаймын\",\"language\":\"kk\"}";

        given().contentType(ContentType.JSON).header("Idempotency-Key", "key-123").body(body)
                .when().post(path)
                .then().statusCode(201)
                .header("Location", "http://localhost/api/feedback/comments/7")
                .body("id", equalTo(7))
                .body("body", equalTo("Қолдаймын"));

        Stubs.feedback().verifyThat(postRequestedFor(urlPathEqualTo(path))
                .withHeader("Content-Type", WireMock.containing("application/json"))
                .withHeader("Idempotency-Key", WireMock.equalTo("key-123"))
                .withRequestBody(equalToJson(body)));
        Stubs.events().verifyThat(0, postRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void aCallersBearerTokenIsPassedOnUnchangedAndNotCheckedByTheGateway() {
        String path = uniquePath("feedback");
        Stubs.feedback().register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json")
                .withHeader("WWW-Authenticate", "Bearer")
                .withBody("{\"status\":401}")));

        given().redirects().follow(false)
                .header("Authorization", "Bearer not.a.valid-token")
                .when().get(path)
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");

        Stubs.feedback().verifyThat(getRequestedFor(urlPathEqualTo(path))
                .withHeader("Authorization", WireMock.equalTo("Bearer not.a.valid-token")));
    }

    @Test
    void anApiCallWithoutCredentialsIsNeverSentToSignIn() {
        String path = uniquePath("events");
        Stubs.events().register(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(401)));

        given().redirects().follow(false).contentType(ContentType.JSON).body("{}")
                .when().post(path)
                .then().statusCode(401);

        Stubs.events().verifyThat(postRequestedFor(urlPathEqualTo(path)).withHeader("Authorization", absent()));
    }

    @Test
    void aRequestIdIsAddedWhenMissingAndSentBothWays() {
        String path = uniquePath("events");
        Stubs.events().register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));

        String id = given().when().get(path)
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .extract().header("X-Request-Id");

        Stubs.events().verifyThat(getRequestedFor(urlPathEqualTo(path)).withHeader("X-Request-Id", WireMock.equalTo(id)));
    }

    @Test
    void aCallersRequestIdIsKept() {
        String path = uniquePath("feedback");
        Stubs.feedback().register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));

        given().header("X-Request-Id", "trace-4711")
                .when().get(path)
                .then().statusCode(200)
                .header("X-Request-Id", "trace-4711");

        Stubs.feedback().verifyThat(getRequestedFor(urlPathEqualTo(path))
                .withHeader("X-Request-Id", WireMock.equalTo("trace-4711")));
    }

    @Test
    void hopByHopHeadersAndTheGatewaysCookiesStayAtTheGateway() {
        String path = uniquePath("events");
        Stubs.events().register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Keep-Alive", "timeout=99")
                .withHeader("X-Kept", "yes")));

        given().header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("TE", "trailers")
                .cookie("q_session", "opaque-session-id")
                .when().get(path)
                .then().statusCode(200)
                .header("X-Kept", "yes")
                .header("Keep-Alive", (String) null);

        Stubs.events().verifyThat(getRequestedFor(urlPathEqualTo(path))
                .withHeader("Proxy-Authorization", absent())
                .withHeader("TE", absent())
                .withHeader("Cookie", absent()));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsAGatewayTimeoutProblem() {
        String path = uniquePath("events");
        Stubs.events().register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withFixedDelay(4000)));

        long started = System.nanoTime();
        given().when().get(path)
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("status", equalTo(504))
                .body("type", containsString("gateway-timeout"))
                .body("detail", containsString("events-service"))
                .body("requestId", matchesPattern(UUID_PATTERN));
        assertFasterThan(Duration.ofSeconds(3), started);
    }

    @Test
    void aServiceThatDropsTheConnectionIsABadGatewayProblem() {
        String path = uniquePath("feedback");
        Stubs.feedback().register(any(urlPathEqualTo(path)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().when().get(path)
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("title", equalTo("Bad gateway"))
                .body("instance", equalTo(path));
    }

    @Test
    void callersWhoHangUpDoNotTripTheServicesCircuit() throws Exception {
        String slow = uniquePath("events");
        Stubs.events().register(get(urlPathEqualTo(slow)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}").withFixedDelay(600)));

        // more callers than the breaker's volume threshold ask and hang up before events-service answers
        for (int i = 0; i < 15; i++) {
            try (Socket caller = new Socket("localhost", RestAssured.port)) {
                caller.getOutputStream().write(("GET " + slow + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                caller.getOutputStream().flush();
                Thread.sleep(50);
            }
        }
        Thread.sleep(800);

        // events-service never failed: the next caller is answered, not refused by an open circuit
        String path = uniquePath("events");
        Stubs.events().register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"answer\":1}")));
        given().when().get(path).then().statusCode(200).body("answer", equalTo(1));
    }

    @Test
    void onlyTheTwoServicePrefixesAreForwarded() {
        given().when().get("/api/eventsfoo")
                .then().statusCode(404);
        given().when().get("/api/other/thing")
                .then().statusCode(404);
    }

    private static void assertFasterThan(Duration limit, long startedNanos) {
        org.hamcrest.MatcherAssert.assertThat(Duration.ofNanos(System.nanoTime() - startedNanos).toMillis(),
                lessThan(limit.toMillis()));
    }
}
