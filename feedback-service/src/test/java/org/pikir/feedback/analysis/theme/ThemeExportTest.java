package org.pikir.feedback.analysis.theme;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.feedback.analysis.Analysis.asModerator;
import static org.pikir.feedback.analysis.Analysis.base;
import static org.pikir.feedback.analysis.Analysis.comments;
import static org.pikir.feedback.analysis.Analysis.recommendations;
import static org.pikir.feedback.analysis.Analysis.suggestedTheme;
import static org.pikir.feedback.analysis.Analysis.tag;
import static org.pikir.feedback.analysis.Analysis.theme;

/** Staff exports and open data carry each item's accepted, confirmed themes: names and ids. */
@QuarkusTest
class ThemeExportTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    private static String staffFile(String event, String file) {
        return given().auth().oauth2(TestTokens.moderator()).when().get("/api/feedback/exports/" + event + "/" + file)
                .then().statusCode(200).extract().asString();
    }

    @Test
    void exportsNameEachItemsAcceptedConfirmedThemes() {
        String event = OpenEvents.open(events);
        List<Long> comments = comments(db, event, 2, "ru", 0);
        long recommendation = recommendations(db, event, 1, "ru", 5).get(0);
        long courts = theme(event, "Суды");
        long kazakhOnly = asModerator().body("{\"name\":{\"kk\":\"Жер\",\"en\":\"Land\"}}")
                .when().post(base(event) + "/themes").then().statusCode(201).extract().jsonPath().getLong("id");
        long suggested = suggestedTheme(db, event, "выборы");
        tag(db, event, "COMMENT", comments.get(0), courts, false);
        tag(db, event, "COMMENT", comments.get(0), kazakhOnly, false);
        tag(db, event, "COMMENT", comments.get(0), suggested, true);
        tag(db, event, "COMMENT", comments.get(1), courts, true);
        tag(db, event, "RECOMMENDATION", recommendation, kazakhOnly, false);

        String csv = staffFile(event, "comments.csv");
        String[] lines = csv.substring(1).split("\r\n");
        assertTrue(lines[0].endsWith(",removed,themes,theme_ids"), lines[0]);
        assertTrue(lines[1].endsWith(",\"Суды; Жер\",\"" + courts + ";" + kazakhOnly + "\""), lines[1]);
        assertTrue(lines[2].endsWith(",,"), "a suggested tag is not a theme yet: " + lines[2]);

        JsonPath recommendations = JsonPath.from(staffFile(event, "recommendations.json"));
        assertEquals("Жер", recommendations.getString("[0].themes"));
        assertEquals(String.valueOf(kazakhOnly), recommendations.getString("[0].themeIds"));

        JsonPath open = given().when().get("/api/feedback/open-data/" + event + ".json").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Суды; Жер", open.getString("comments[0].themes"));
        assertEquals(courts + ";" + kazakhOnly, open.getString("comments[0].themeIds"));
        assertNull(open.getString("comments[1].themes"));
        assertEquals("Жер", open.getString("recommendations[0].themes"));

        asModerator().when().post(base(event) + "/themes/" + kazakhOnly + "/discard").then().statusCode(200);
        assertTrue(staffFile(event, "comments.csv").substring(1).split("\r\n")[1].endsWith(",\"Суды\",\"" + courts + "\""));
    }
}
