package org.pikir.feedback.moderation;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.analysis.spam.SpamScores;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.comment;
import static org.pikir.feedback.Feedback.policy;
import static org.pikir.feedback.Feedback.recommendation;
import static org.pikir.feedback.Feedback.sql;

@QuarkusTest
class ModerationQueueOrderTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    /** Every page of the queue, {@code size} items at a time, as "TYPE:id" in the order served. */
    private static List<String> walk(String event, String order, int size) {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(TestTokens.moderator()).queryParam("event", event)
                    .queryParam("size", size).queryParam("after", after == null ? "" : after);
            if (order != null) {
                request.queryParam("order", order);
            }
            var page = request.when().get("/api/feedback/moderation/queue")
                    .then().statusCode(200).extract();
            List<String> types = page.path("items.type");
            List<Integer> ids = page.path("items.id");
            for (int i = 0; i < ids.size(); i++) {
                seen.add(types.get(i) + ":" + ids.get(i));
            }
            after = page.path("nextCursor");
        } while (after != null);
        return seen;
    }

    @Test
    void scoreOrderPagesThroughEqualScoresAndUnscoredItemsLast() throws Exception {
        String event = OpenEvents.open(events);
        policy(event, "PRE");
        List<Integer> c = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            c.add(comment(citizen("queue-" + i + "-" + event), event, "Комментарий " + i));
        }
        int r = recommendation(citizen("queue-r-" + event), event, "Предложение");
        // all at one instant, so the ties are broken by kind and id alone
        sql(db, "update comment set created_at = timestamptz '2026-03-01 10:00:00+00' where event_slug = '" + event + "'");
        sql(db, "update recommendation set created_at = timestamptz '2026-03-01 10:00:00+00', spam_score = 0.5"
                + " where id = " + r);
        float[] scores = {0.5f, 0.9f, -1, 0.5f, 0.1f, 0.5f, -1};
        for (int i = 0; i < c.size(); i++) {
            sql(db, "update comment set spam_score = " + (scores[i] < 0 ? "null" : String.valueOf(scores[i]))
                    + " where id = " + c.get(i));
        }

        List<String> expected = List.of("COMMENT:" + c.get(1), "COMMENT:" + c.get(0), "COMMENT:" + c.get(3),
                "COMMENT:" + c.get(5), "RECOMMENDATION:" + r, "COMMENT:" + c.get(4), "COMMENT:" + c.get(2),
                "COMMENT:" + c.get(6));
        for (int size = 1; size <= 3; size++) {
            assertEquals(expected, walk(event, "score", size), "pages of " + size);
        }
        List<String> oldest = new ArrayList<>();
        c.forEach(id -> oldest.add("COMMENT:" + id));
        oldest.add("RECOMMENDATION:" + r);
        assertEquals(oldest, walk(event, "oldest", 2));
        assertEquals(oldest, walk(event, null, 3), "oldest first unless asked");

        given().auth().oauth2(TestTokens.moderator()).queryParam("event", event).queryParam("order", "score")
                .queryParam("size", 1)
                .when().get("/api/feedback/moderation/queue")
                .then().statusCode(200)
                .body("items[0].spamScore", equalTo(0.9f))
                .body("items[0].campaignId", nullValue())
                .body("items[0].campaignSize", nullValue());
        String oldestCursor = given().auth().oauth2(TestTokens.moderator()).queryParam("event", event)
                .queryParam("size", 1).when().get("/api/feedback/moderation/queue").then().extract().path("nextCursor");
        given().auth().oauth2(TestTokens.moderator()).queryParam("event", event).queryParam("order", "score")
                .queryParam("after", oldestCursor)
                .when().get("/api/feedback/moderation/queue").then().statusCode(400).body("errors.field", hasItem("after"));
        given().auth().oauth2(TestTokens.moderator()).queryParam("order", "newest")
                .when().get("/api/feedback/moderation/queue").then().statusCode(400).body("errors.field", hasItem("order"));
    }

    @Test
    void aQueuedCampaignMemberNamesItsCampaignAndItsSize() throws Exception {
        String event = OpenEvents.open(events);
        policy(event, "PRE");
        int id = comment(citizen("member-" + event), event, "Один из многих");
        sql(db, "insert into campaign (event_slug, representative_id, representative_text, language, member_count,"
                + " detected_at) values ('" + event + "', " + id + ", 'Один из многих', 'ru', 500, now())");
        sql(db, "insert into campaign_member (comment_id, campaign_id, event_slug)"
                + " select " + id + ", id, event_slug from campaign where event_slug = '" + event + "'");
        given().auth().oauth2(TestTokens.moderator()).queryParam("event", event).queryParam("order", "score")
                .when().get("/api/feedback/moderation/queue")
                .then().statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].spamScore", greaterThanOrEqualTo((float) SpamScores.CAMPAIGN_SIGNAL))
                .body("items[0].campaignSize", equalTo(500))
                .body("items[0].campaignId", equalTo(given().auth().oauth2(TestTokens.moderator())
                        .when().get("/api/feedback/analysis/" + event + "/campaigns")
                        .then().statusCode(200).extract().path("items[0].id")));
    }
}
