package org.pikir.feedback.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import java.io.IOException;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.feedback.Feedback.endorse;
import static org.pikir.feedback.Feedback.recommendation;

/**
 * A recommendation whose author erased their data keeps its place and counts, and says so: {@code removed:
 * "by-author"} instead of an empty title and text, in the API, the report, open data and the staff exports.
 */
@QuarkusTest
class ErasedAuthorTest {

    private static final String TITLE = "Рекомендация, автор которой ушёл";

    @InjectEventsService
    WireMockServer events;

    @Inject
    ObjectMapper json;

    private String event;
    private int erased;
    private int kept;

    @BeforeEach
    void aRecommendationWhoseAuthorErasedTheirData() {
        event = OpenEvents.open(events);
        String leaving = TestTokens.forUser("leaving-" + UUID.randomUUID().toString().substring(0, 8), "citizen");
        String staying = TestTokens.forUser("staying-" + UUID.randomUUID().toString().substring(0, 8), "citizen");
        erased = recommendation(leaving, event, TITLE);
        kept = recommendation(staying, event, "Рекомендация того, кто остался");
        endorse(staying, erased);
        given().auth().oauth2(leaving).contentType(ContentType.JSON).body("{\"confirm\":\"DELETE\"}")
                .when().delete("/api/feedback/me").then().statusCode(204);
    }

    @Test
    void theApiMarksItRemovedByItsAuthorAndKeepsItsCounts() {
        given().when().get("/api/feedback/recommendations/" + erased).then().statusCode(200)
                .body("removed", equalTo("by-author"))
                .body("title", nullValue())
                .body("body", nullValue())
                .body("authorName", nullValue())
                .body("endorsementCount", equalTo(1))
                .body("status", equalTo("SUBMITTED"));
        given().queryParam("event", event).when().get("/api/feedback/recommendations").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.find { it.id == %d }.removed".formatted(erased), equalTo("by-author"))
                .body("items.find { it.id == %d }.title".formatted(erased), nullValue())
                .body("items.find { it.id == %d }.removed".formatted(kept), nullValue())
                .body("items.find { it.id == %d }.title".formatted(kept), equalTo("Рекомендация того, кто остался"))
                .body(not(containsString("[deleted]")));
    }

    @Test
    void theReportShowsItRemovedByItsAuthor() {
        given().when().get("/api/feedback/reports/" + event).then().statusCode(200)
                .body("recommendations.listed", equalTo(2))
                .body("topEndorsed.find { it.id == %d }.removed".formatted(erased), equalTo("by-author"))
                .body("topEndorsed.find { it.id == %d }.title".formatted(erased), nullValue())
                .body("topEndorsed.find { it.id == %d }.endorsementCount".formatted(erased), equalTo(1));
    }

    @Test
    void openDataAndTheStaffExportShowItRemovedByItsAuthor() throws IOException {
        JsonNode open = json.readTree(given().when().get("/api/feedback/open-data/" + event + ".json")
                .then().statusCode(200).extract().asByteArray());
        JsonNode row = find(open.get("recommendations"), erased);
        assertEquals("by-author", row.get("removed").asText());
        assertTrue(row.get("title").isNull(), row.toString());
        assertTrue(row.get("body").isNull(), row.toString());
        assertEquals(1, row.get("endorsementCount").asInt());
        assertTrue(find(open.get("recommendations"), kept).get("removed").isNull());

        JsonNode staff = json.readTree(given().auth().oauth2(TestTokens.moderator())
                .when().get("/api/feedback/exports/" + event + "/recommendations.json")
                .then().statusCode(200).extract().asByteArray());
        JsonNode exported = find(staff, erased);
        assertEquals("by-author", exported.get("removed").asText());
        assertTrue(exported.get("title").isNull(), exported.toString());
        assertTrue(exported.get("authorName").isNull(), exported.toString());
        String csv = given().auth().oauth2(TestTokens.moderator())
                .when().get("/api/feedback/exports/" + event + "/recommendations.csv")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.lines().findFirst().orElseThrow().contains("removed"), csv);
        assertTrue(csv.contains("by-author"), csv);
    }

    private static JsonNode find(JsonNode rows, int id) {
        for (JsonNode row : rows) {
            if (row.get("id").asInt() == id) {
                return row;
            }
        }
        throw new AssertionError("no row " + id + " in " + rows);
    }
}
