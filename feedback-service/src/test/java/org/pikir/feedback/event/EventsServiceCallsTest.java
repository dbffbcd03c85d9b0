package org.pikir.feedback.event;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.Feedback;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With forum answers kept (as in production; the other tests keep none), a burst of submissions on one forum asks
 * events-service once: comments, comments citing a statement or a material, recommendations. The stand-in
 * events-service counts the calls.
 */
@QuarkusTest
@TestProfile(EventsServiceCallsTest.KeptForAMinute.class)
class EventsServiceCallsTest {

    public static class KeptForAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pikir.feedback.events.window-cache", "60s");
        }
    }

    @InjectEventsService
    WireMockServer events;

    private int calls(String slug) {
        return events.countRequestsMatching(getRequestedFor(urlEqualTo(OpenEvents.path(slug))).build()).getCount();
    }

    private void comment(String token, String slug, String cites) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"Комментарий\",\"language\":\"ru\"%s}".formatted(slug, cites))
                .when().post("/api/feedback/comments").then().statusCode(201);
    }

    @Test
    void twentyCommentsOnOneForumAskEventsServiceOnce() {
        String slug = OpenEvents.citing(events, List.of(7L), List.of(4L));
        String other = OpenEvents.open(events);
        for (int i = 0; i < 20; i++) {
            String token = Feedback.citizen("burst-" + i + "-" + UUID.randomUUID());
            comment(token, slug, i % 3 == 0 ? ",\"statementId\":7" : i % 3 == 1 ? ",\"materialId\":4" : "");
        }
        given().auth().oauth2(Feedback.citizen("recommends-" + UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"title\":\"Больше слушаний\",\"body\":\"В каждом районе\",\"language\":\"ru\",\"statementId\":7}"
                        .formatted(slug))
                .when().post("/api/feedback/recommendations").then().statusCode(201);
        assertEquals(1, calls(slug));

        comment(Feedback.citizen("elsewhere-" + UUID.randomUUID()), other, "");
        assertEquals(1, calls(other), "each forum is asked for on its own");
    }

    @Test
    void anUnknownForumIsNotKeptSoItCanBePublishedAMomentLater() {
        String slug = "soon-" + UUID.randomUUID().toString().substring(0, 8);
        OpenEvents.unknown(events, slug);
        String token = Feedback.citizen("early-" + UUID.randomUUID());
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"Рано\",\"language\":\"ru\"}".formatted(slug))
                .when().post("/api/feedback/comments").then().statusCode(404);
        OpenEvents.forum(events, slug, true, Instant.now().minusSeconds(60), Instant.now().plusSeconds(86_400),
                List.of(), List.of());
        comment(token, slug, "");
        assertEquals(2, calls(slug));
    }
}
