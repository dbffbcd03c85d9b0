package org.pikir.feedback.moderation;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.Feedback;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** An item a moderator hid is listed in place without its text, and without its author's name, except to staff. */
@QuarkusTest
class HiddenAuthorTest {

    @InjectEventsService
    WireMockServer events;

    private String event;
    private String name;
    private int recommendation;
    private int comment;
    private int reply;

    @BeforeEach
    void hiddenItemsOfANamedAuthor() {
        event = OpenEvents.open(events);
        String author = TestTokens.forUser("hidden-" + UUID.randomUUID().toString().substring(0, 8), "citizen");
        // one alphabet: the hex digits of a UUID would mix Latin letters into a Cyrillic name, which is refused
        name = "Скрытый " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        given().auth().oauth2(author).contentType(ContentType.JSON)
                .body("{\"displayName\":\"%s\",\"language\":\"ru\",\"emailNotifications\":false}".formatted(name))
                .when().put("/api/feedback/me/profile").then().statusCode(200);
        recommendation = Feedback.recommendation(author, event, "Рекламное предложение окон");
        comment = Feedback.comment(author, event, "Оскорбительный комментарий");
        int parent = Feedback.comment(TestTokens.forUser("citizen2", "citizen"), event, "Обычный комментарий");
        reply = given().auth().oauth2(author).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"Оскорбительный ответ\",\"language\":\"ru\",\"parentId\":%d}"
                        .formatted(event, parent))
                .when().post("/api/feedback/comments").then().statusCode(201).extract().path("id");
        String hide = "{\"action\":\"HIDE\",\"reason\":\"ABUSE\"}";
        Feedback.moderate(TestTokens.moderator(), "recommendations", recommendation, hide).then().statusCode(200);
        Feedback.moderate(TestTokens.moderator(), "comments", comment, hide).then().statusCode(200);
        Feedback.moderate(TestTokens.moderator(), "comments", reply, hide).then().statusCode(200);
    }

    @Test
    void aHiddenRecommendationDoesNotNameItsAuthor() {
        given().when().get("/api/feedback/recommendations/" + recommendation).then().statusCode(200)
                .body("visibility", equalTo("HIDDEN"))
                .body("authorName", nullValue());
        given().auth().oauth2(TestTokens.citizen()).when().get("/api/feedback/recommendations/" + recommendation)
                .then().statusCode(200).body("authorName", nullValue());
        for (String grouped : new String[] {"false", "true"}) {
            given().queryParam("event", event).queryParam("grouped", grouped).when().get("/api/feedback/recommendations")
                    .then().statusCode(200)
                    .body("items.find { it.id == %d }.visibility".formatted(recommendation), equalTo("HIDDEN"))
                    .body(not(containsString(name)));
        }
        // staff still see who wrote it
        given().auth().oauth2(TestTokens.moderator()).when().get("/api/feedback/review/recommendations/" + recommendation)
                .then().statusCode(200).body("authorName", equalTo(name));
    }

    @Test
    void aHiddenCommentOrReplyDoesNotNameItsAuthor() {
        given().queryParam("event", event).when().get("/api/feedback/comments").then().statusCode(200)
                .body("items.find { it.id == %d }.status".formatted(comment), equalTo("HIDDEN"))
                .body("items.find { it.id == %d }.authorName".formatted(comment), nullValue())
                .body(not(containsString(name)));
        given().queryParam("event", event).when().get("/api/feedback/comments/threads").then().statusCode(200)
                .body("items.find { it.id == %d }.status".formatted(comment), equalTo("HIDDEN"))
                .body(not(containsString(name)));
    }
}
