package org.pikir.feedback.http;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.HttpEdges;
import org.pikir.platform.testing.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The answers at the edge of the HTTP layer: odd Accept headers, wrong methods and JSON strings that are not text. */
@QuarkusTest
class HttpEdgesTest {

    @InjectEventsService
    WireMockServer events;

    private String event;
    private String citizen;

    @BeforeEach
    void anOpenEvent() {
        event = OpenEvents.open(events);
        citizen = TestTokens.forUser("edge-" + UUID.randomUUID().toString().substring(0, 8), "citizen");
    }

    @Test
    void aMalformedAcceptHeaderIsAClientErrorNotAServerError() {
        HttpEdges.malformedAcceptIsNeverAServerError(List.of("/no/such/path", "/api/feedback/comments?event=" + event,
                "/api/feedback/recommendations/999999999", "/api/feedback/reports/" + event));
    }

    @Test
    void anUnsupportedMethodOnAnExistingPathIs405WithAllow() {
        given().when().delete("/api/feedback/comments")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("GET"))
                .header("Allow", containsString("POST"))
                .header("Allow", not(containsString("DELETE")));
        given().auth().oauth2(citizen).when().post("/api/feedback/recommendations/1/endorsement")
                .then().statusCode(405)
                .header("Allow", containsString("PUT"))
                .header("Allow", containsString("DELETE"));
        given().when().delete("/api/feedback/no/such/path")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aLoneSurrogateInAJsonStringIsRefusedNamingTheField() {
        String marker = UUID.randomUUID().toString();
        given().auth().oauth2(citizen).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"%s \\ud800\",\"language\":\"ru\"}".formatted(event, marker))
                .when().post("/api/feedback/comments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("body"));
        given().auth().oauth2(citizen).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"%s \\udc00\\ud800 text\",\"language\":\"ru\"}".formatted(event, marker))
                .when().post("/api/feedback/comments")
                .then().statusCode(400)
                .body("errors.field", hasItem("body"));
        given().queryParam("event", event).when().get("/api/feedback/comments")
                .then().statusCode(200).body(not(containsString(marker)));
    }

    @Test
    void aSurrogatePairStaysAnEmoji() {
        given().auth().oauth2(citizen).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"Отлично \\ud83d\\ude00 🎉\",\"language\":\"ru\"}".formatted(event))
                .when().post("/api/feedback/comments")
                .then().statusCode(201)
                .body("body", equalTo("Отлично \uD83D\uDE00 🎉"));
    }
}
