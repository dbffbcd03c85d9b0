package org.pikir.feedback.analysis.theme;

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
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.pikir.feedback.Feedback.sql;
import static org.pikir.feedback.analysis.Analysis.asModerator;
import static org.pikir.feedback.analysis.Analysis.base;
import static org.pikir.feedback.analysis.Analysis.comments;
import static org.pikir.feedback.analysis.Analysis.recommendations;
import static org.pikir.feedback.analysis.Analysis.suggestedTheme;
import static org.pikir.feedback.analysis.Analysis.tag;
import static org.pikir.feedback.analysis.Analysis.theme;

/** The public report's "you said, we did": accepted themes, their counts, published quotes, response, dispositions. */
@QuarkusTest
class YouSaidWeDidReportTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Test
    void theReportShowsAcceptedThemesWithCountsPublishedQuotesTheResponseAndDispositions() throws SQLException {
        String event = OpenEvents.open(events);
        List<Long> comments = comments(db, event, 6, "ru", 0);
        List<Long> recommendations = recommendations(db, event, 3, "ru", 10);
        long courts = theme(event, "Суды");
        long land = theme(event, "Земля");
        long suggested = suggestedTheme(db, event, "выборы");
        long discarded = theme(event, "Отброшенная");
        asModerator().when().post(base(event) + "/themes/" + discarded + "/discard").then().statusCode(200);

        long shortOne = comments.get(0);
        long readable = comments.get(1);
        long hidden = comments.get(2);
        long pending = comments.get(3);
        long pickedByTheJob = comments.get(4);
        sql(db, "update comment set body = 'Да' where id = " + shortOne);
        sql(db, "update comment set body = 'Судьи должны избираться, а не назначаться президентом страны.' where id = "
                + readable);
        sql(db, "update comment set status = 'HIDDEN' where id = " + hidden);
        sql(db, "update comment set status = 'PENDING' where id = " + pending);
        sql(db, "update comment set body = 'Нужен независимый Конституционный суд, доступный каждому гражданину страны.'"
                + " where id = " + pickedByTheJob);
        sql(db, "update recommendation set status = 'ACCEPTED' where id = " + recommendations.get(0));
        sql(db, "update recommendation set status = 'REJECTED' where id = " + recommendations.get(1));
        for (long comment : List.of(shortOne, readable, hidden, pending, pickedByTheJob)) {
            tag(db, event, "COMMENT", comment, courts, false);
        }
        tag(db, event, "COMMENT", comments.get(5), courts, true);
        tag(db, event, "RECOMMENDATION", recommendations.get(0), courts, false);
        tag(db, event, "RECOMMENDATION", recommendations.get(1), courts, false);
        for (long item : comments.subList(0, 2)) {
            tag(db, event, "COMMENT", item, land, false);
        }
        tag(db, event, "COMMENT", comments.get(5), suggested, false);
        // the job's representatives: a hidden one (never quoted) and one published
        sql(db, "insert into theme_quote (theme_id, position, item_type, item_id) values (%d, 0, 'COMMENT', %d), (%d, 1, 'COMMENT', %d)"
                .formatted(courts, hidden, courts, pickedByTheJob));
        asModerator().body("{\"text\":{\"ru\":\"Мы внесём выборность судей в проект.\",\"en\":\"Judges will be elected.\"}}")
                .when().put(base(event) + "/themes/" + courts + "/response").then().statusCode(200);
        sql(db, """
                insert into campaign (event_slug, representative_text, member_count, detected_at)
                values ('%1$s', 'Шаблон', 500, now()), ('%1$s', 'Другой шаблон', 20, now())""".formatted(event));

        given().when().get("/api/feedback/reports/" + event).then().statusCode(200)
                .body("themes.id", contains((int) courts, (int) land))
                .body("themes[0].name.ru", equalTo("Суды"))
                .body("themes[0].itemCount", equalTo(6)).body("themes[0].comments", equalTo(4))
                .body("themes[0].recommendations", equalTo(2))
                .body("themes[0].response.ru", equalTo("Мы внесём выборность судей в проект."))
                .body("themes[0].response.en", equalTo("Judges will be elected."))
                .body("themes[0].respondedAt", notNullValue())
                // the job's published pick, then the readable one, then the shortest (comment and recommendation ids
                // come from different sequences, so the kinds are checked too)
                .body("themes[0].quotes.id", contains((int) pickedByTheJob, (int) readable, (int) shortOne))
                .body("themes[0].quotes.type", contains("COMMENT", "COMMENT", "COMMENT"))
                .body("themes[0].quotes[2].text", equalTo("Да"))
                .body("themes[0].quotes[1].text", equalTo("Судьи должны избираться, а не назначаться президентом страны."))
                .body("themes[0].quotes[1].type", equalTo("COMMENT")).body("themes[0].quotes[1].language", equalTo("ru"))
                .body("themes[0].quotes[1].threadId", equalTo((int) readable))
                .body("themes[0].dispositions.ACCEPTED", equalTo(1)).body("themes[0].dispositions.REJECTED", equalTo(1))
                .body("themes[0].dispositions.SUBMITTED", equalTo(0)).body("themes[0].dispositions.MERGED", equalTo(0))
                .body("themes[1].response", nullValue()).body("themes[1].quotes", hasSize(2))
                .body("campaigns.groups", equalTo(2)).body("campaigns.submissions", equalTo(520));
    }

    @Test
    void aForumWithoutAnalysisReportsNoThemesAndNoCampaigns() {
        String event = OpenEvents.open(events);
        given().when().get("/api/feedback/reports/" + event).then().statusCode(200)
                .body("themes", hasSize(0)).body("campaigns.groups", equalTo(0)).body("campaigns.submissions", equalTo(0));
    }
}
