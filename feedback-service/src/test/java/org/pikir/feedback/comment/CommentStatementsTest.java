package org.pikir.feedback.comment;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.Feedback;
import org.pikir.feedback.SqlStatements;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a request costs in SQL statements, pinned: a comment in one transaction of a few statements, and a page of
 * threads in three whatever the forum's size and however deep into it the page is.
 */
@QuarkusTest
class CommentStatementsTest {

    private static final Instant T0 = Instant.parse("2026-02-25T05:00:00Z");

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Inject
    @PersistenceUnitExtension
    SqlStatements statements;

    private static RequestSpecification posting(String token, String key, String json) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(json);
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    private List<String> post(String token, String key, String json) {
        return statements.during(() -> posting(token, key, json).when().post("/api/feedback/comments")
                .then().statusCode(201));
    }

    @Test
    void aCommentCostsOneTransactionOfAFewStatements() throws java.sql.SQLException {
        String event = OpenEvents.open(events);
        String token = Feedback.citizen("statements-" + UUID.randomUUID());
        String comment = "{\"eventSlug\":\"%s\",\"body\":\"%s\",\"language\":\"ru\"%s}";
        int parent = posting(token, null, comment.formatted(event, "first", "")).when().post("/api/feedback/comments")
                .then().statusCode(201).extract().path("id");

        // profile, both submission windows, the moderation policy, the spam score's evidence, the comment
        List<String> plain = post(token, null, comment.formatted(event, "plain", ""));
        assertEquals(5, plain.size(), String.join("\n", plain));
        // and the key reserved before the write and its answer stored with it (the gateway always sends one)
        List<String> keyed = post(token, "key-" + UUID.randomUUID(), comment.formatted(event, "keyed", ""));
        assertEquals(7, keyed.size(), String.join("\n", keyed));
        // and the parent it answers, whose row says how deep it is
        List<String> reply = post(token, "key-" + UUID.randomUUID(),
                comment.formatted(event, "reply", ",\"parentId\":" + parent));
        assertEquals(8, reply.size(), String.join("\n", reply));
        // a retry replays the stored answer: profile, key, stored answer
        String key = "key-" + UUID.randomUUID();
        post(token, key, comment.formatted(event, "retried", ""));
        List<String> replayed = post(token, key, comment.formatted(event, "retried", ""));
        assertEquals(3, replayed.size(), String.join("\n", replayed));
        // once the forum's spam model has learnt from enough decisions, one more: the counts of the comment's words
        Feedback.sql(db, "insert into spam_model (event_slug, spam_items, ham_items, spam_tokens, ham_tokens,"
                + " vocabulary) values ('" + event + "', 5, 5, 40, 40, 30)");
        List<String> trained = post(token, null, comment.formatted(event, "words to weigh", ""));
        assertEquals(6, trained.size(), String.join("\n", trained));
    }

    @Test
    void aPageOfThreadsCostsThreeStatementsWhateverTheForumsSize() {
        String small = OpenEvents.open(events);
        new StoredComments(db, small).threads(T0, 3, 0);
        String large = OpenEvents.open(events);
        new StoredComments(db, large).threads(T0, 400, 2);

        List<String> smallPage = statements.during(() -> firstPage(small));
        List<String> largeFirst = statements.during(() -> firstPage(large));
        String deep = firstPage(large);
        for (int page = 0; page < 10; page++) {
            deep = given().queryParam("event", large).queryParam("after", deep)
                    .when().get("/api/feedback/comments/threads").then().statusCode(200).extract().path("nextCursor");
        }
        String cursor = deep;
        List<String> largeDeep = statements.during(() -> given().queryParam("event", large).queryParam("after", cursor)
                .when().get("/api/feedback/comments/threads").then().statusCode(200));

        assertEquals(3, smallPage.size(), String.join("\n", smallPage));
        assertEquals(smallPage.size(), largeFirst.size(), String.join("\n", largeFirst));
        assertEquals(smallPage.size(), largeDeep.size(), String.join("\n", largeDeep));
    }

    private static String firstPage(String event) {
        return given().queryParam("event", event).when().get("/api/feedback/comments/threads")
                .then().statusCode(200).extract().path("nextCursor");
    }
}
