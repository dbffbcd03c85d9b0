package org.pikir.gateway.proxy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import org.pikir.gateway.SessionDatabase;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;

/** A service configured as several replicas: load taken in turn, a replica that is down worked around when that is safe. */
@QuarkusTest
@TestProfile(ReplicasTest.TwoReplicas.class)
class ReplicasTest {

    public static class TwoReplicas implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ReplicaStubs.class), new TestResourceEntry(SessionDatabase.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static String uniquePath(String service) {
        return "/api/" + service + "/replicas-" + UUID.randomUUID();
    }

    @Test
    void requestsAreSpreadOverTheReplicasInTurn() {
        String path = uniquePath("feedback");
        List<String> servedBy = new ArrayList<>();
        List<WireMock> replicas = ReplicaStubs.feedbackReplicas();
        for (int i = 0; i < replicas.size(); i++) {
            replicas.get(i).register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                    .withHeader("X-Replica", "replica-" + i)));
            replicas.get(i).register(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(201)
                    .withHeader("X-Replica", "replica-" + i)));
        }

        for (int i = 0; i < 4; i++) {
            servedBy.add(given().when().get(path).then().statusCode(200).extract().header("X-Replica"));
        }
        for (int i = 0; i < 2; i++) {
            servedBy.add(given().contentType(ContentType.JSON).body("{}").when().post(path)
                    .then().statusCode(201).extract().header("X-Replica"));
        }

        assertThat(servedBy, containsInAnyOrder("replica-0", "replica-0", "replica-0", "replica-1", "replica-1", "replica-1"));
        replicas.get(0).verifyThat(2, getRequestedFor(urlPathEqualTo(path)));
        replicas.get(1).verifyThat(2, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void aReadThatFindsAReplicaDownIsAnsweredByTheNextOne() {
        String path = uniquePath("events");
        ReplicaStubs.liveEventsReplica().register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"answer\":42}")));

        for (int i = 0; i < 6; i++) {
            given().queryParam("page", i).when().get(path)
                    .then().statusCode(200)
                    .body("answer", equalTo(42));
        }
        ReplicaStubs.liveEventsReplica().verifyThat(6, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void aReadWhoseReplicaResetsTheConnectionBeforeAnsweringIsAnsweredByTheOtherReplica() {
        String path = uniquePath("feedback");
        List<WireMock> replicas = ReplicaStubs.feedbackReplicas();
        replicas.get(0).register(get(urlPathEqualTo(path)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        replicas.get(1).register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("ok")));

        for (int i = 0; i < 4; i++) {
            given().when().get(path).then().statusCode(200);
        }
        replicas.get(1).verifyThat(4, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void aPostWithAnIdempotencyKeyThatFindsAReplicaDownIsSentToTheNextOneWithItsBody() {
        String path = uniquePath("events");
        ReplicaStubs.liveEventsReplica().register(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(201)));
        String body = "{\"eventSlug\":\"almaty\",\"body\":\"Қолдаймын, бірақ мерзімін ұзарту керек\",\"language\":\"kk\"}";

        for (int i = 0; i < 4; i++) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", "key-" + i).body(body)
                    .when().post(path)
                    .then().statusCode(201);
        }

        WireMock live = ReplicaStubs.liveEventsReplica();
        live.verifyThat(4, postRequestedFor(urlPathEqualTo(path)).withRequestBody(equalToJson(body)));
        for (int i = 0; i < 4; i++) {
            live.verifyThat(1, postRequestedFor(urlPathEqualTo(path))
                    .withHeader("Idempotency-Key", WireMock.equalTo("key-" + i)));
        }
    }

    @Test
    void aPostThatFindsNothingListeningIsSentOnceToTheNextReplicaEvenWithoutIdempotencyKey() {
        String path = uniquePath("events");
        ReplicaStubs.liveEventsReplica().register(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(201)));

        for (int i = 0; i < 4; i++) {
            given().contentType(ContentType.JSON).body("{\"n\":" + i + "}").when().post(path)
                    .then().statusCode(201);
        }

        // a refused connection read nothing, so each POST reached the live replica exactly once
        for (int i = 0; i < 4; i++) {
            ReplicaStubs.liveEventsReplica().verifyThat(1, postRequestedFor(urlPathEqualTo(path))
                    .withRequestBody(equalToJson("{\"n\":" + i + "}")));
        }
    }

    @Test
    void pagesReadFromTheReplicaThatIsUp() {
        ReplicaStubs.liveEventsReplica().register(get(urlPathEqualTo("/api/events")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0,\"totalPages\":0}")));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(given().header("Accept-Language", "en").when().get("/").then().extract().statusCode());
        }
        assertThat(statuses, everyItem(equalTo(200)));
    }

    @Test
    void readinessIsUpWhileOneReplicaOfEachServiceIsReady() {
        ReplicaStubs.liveEventsReplica().register(get(urlPathEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200)));
        for (WireMock replica : ReplicaStubs.feedbackReplicas()) {
            replica.register(get(urlPathEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200)));
        }

        given().port(management.getPort()).when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'events-service' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'events-service' }.data['replica1.error']", equalTo("ConnectException"))
                .body("checks.find { it.name == 'events-service' }.data['replica2.status']", equalTo(200));
    }
}
