package org.pikir.gateway.proxy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/** Each replica has its own circuit: a replica that keeps refusing is left out, its sibling keeps serving. */
@QuarkusTest
@TestProfile(ReplicaCircuitTest.TwoFailuresTrip.class)
class ReplicaCircuitTest {

    public static class TwoFailuresTrip implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ReplicaStubs.class, Map.of("failure-threshold", "2")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void aReplicaThatRefusesTwiceIsNoLongerCalledWhileItsSiblingAnswersEverything() {
        String path = "/api/events/circuit-" + UUID.randomUUID();
        ReplicaStubs.liveEventsReplica().register(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(201)));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // no Idempotency-Key: a POST that met the refusing replica is not repeated
            statuses.add(given().contentType(ContentType.JSON).body("{\"n\":" + i + "}")
                    .when().post(path).then().extract().statusCode());
        }

        assertThat(Collections.frequency(statuses, 503), equalTo(2));
        assertThat(statuses.subList(4, 10), everyItem(equalTo(201)));
        ReplicaStubs.liveEventsReplica().verifyThat(8, postRequestedFor(urlPathEqualTo(path)));
    }
}
