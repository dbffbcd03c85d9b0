package org.pikir.feedback.analysis.dashboard;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.sql;
import static org.pikir.feedback.analysis.Analysis.asModerator;
import static org.pikir.feedback.analysis.Analysis.base;
import static org.pikir.feedback.analysis.Analysis.comments;
import static org.pikir.feedback.analysis.Analysis.recommendations;
import static org.pikir.feedback.analysis.Analysis.suggestedTheme;
import static org.pikir.feedback.analysis.Analysis.tag;
import static org.pikir.feedback.analysis.Analysis.theme;

@QuarkusTest
class DashboardResourceTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Test
    void theDashboardCountsListedItemsAnalysedByLanguageAndSource() throws SQLException {
        String event = OpenEvents.open(events);
        List<Long> russian = comments(db, event, 6, "ru", 0);
        comments(db, event, 1, "kk", 10);
        List<Long> english = recommendations(db, event, 3, "en", 20);
        long hidden = russian.get(4);
        long pending = russian.get(5);
        sql(db, "update comment set status = 'HIDDEN' where id = " + hidden);
        sql(db, "update comment set status = 'PENDING' where id = " + pending);
        sql(db, "update recommendation set visibility = 'REJECTED' where id = " + english.get(2));
        long accepted = theme(event, "Суды");
        long suggested = suggestedTheme(db, event, "суд, судья");
        tag(db, event, "COMMENT", russian.get(0), accepted, false);
        tag(db, event, "COMMENT", hidden, accepted, false);
        tag(db, event, "RECOMMENDATION", english.get(0), accepted, false);
        tag(db, event, "RECOMMENDATION", english.get(0), suggested, true);
        tag(db, event, "COMMENT", russian.get(2), suggested, true);
        asModerator().body("{\"action\":\"NO_THEME\",\"items\":[{\"type\":\"COMMENT\",\"id\":%d}]}"
                .formatted(russian.get(1))).when().post(base(event) + "/tags").then().statusCode(200);

        asModerator().when().get(base(event) + "/dashboard").then().statusCode(200)
                .body("eventSlug", equalTo(event))
                .body("total", equalTo(8)).body("analysed", equalTo(4)).body("noTheme", equalTo(1))
                .body("suggestedOnly", equalTo(1)).body("share", equalTo(0.5f))
                .body("byLanguage.ru.total", equalTo(5)).body("byLanguage.ru.analysed", equalTo(3))
                .body("byLanguage.kk.total", equalTo(1)).body("byLanguage.kk.analysed", equalTo(0))
                .body("byLanguage.en.total", equalTo(2)).body("byLanguage.en.analysed", equalTo(1))
                .body("bySource.COMMENT.total", equalTo(6)).body("bySource.COMMENT.analysed", equalTo(3))
                .body("bySource.RECOMMENDATION.total", equalTo(2)).body("bySource.RECOMMENDATION.analysed", equalTo(1))
                .body("themes.id", contains((int) accepted, (int) suggested))
                .body("themes[0].name.ru", equalTo("Суды")).body("themes[0].status", equalTo("ACCEPTED"))
                .body("themes[0].itemCount", equalTo(3)).body("themes[1].suggestedCount", equalTo(2));
    }

    @Test
    void anEmptyForumHasZerosAndCitizensCannotSeeTheDashboard() {
        String event = OpenEvents.open(events);
        asModerator().when().get(base(event) + "/dashboard").then().statusCode(200)
                .body("total", equalTo(0)).body("share", equalTo(0.0f)).body("byLanguage.kk.total", equalTo(0))
                .body("bySource.COMMENT.analysed", equalTo(0)).body("themes", hasSize(0));
        given().auth().oauth2(citizen("dashboard")).when().get(base(event) + "/dashboard").then().statusCode(403);
        given().when().get(base(event) + "/dashboard").then().statusCode(401);
        OpenEvents.unknown(events, "unknown-dashboard");
        asModerator().when().get(base("unknown-dashboard") + "/dashboard").then().statusCode(404);
    }
}
