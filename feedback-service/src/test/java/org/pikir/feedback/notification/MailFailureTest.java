package org.pikir.feedback.notification;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.pikir.feedback.Feedback.comment;
import static org.pikir.feedback.Feedback.moderate;

/** A mail server that cannot be reached costs the staff action nothing. */
@QuarkusTest
@TestProfile(MailFailureTest.UnreachableSmtp.class)
class MailFailureTest {

    public static class UnreachableSmtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(closedPort()), "quarkus.mailer.timeout", "2s");
        }

        /** A port that was free a moment ago, so nothing listens there. */
        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @InjectEventsService
    WireMockServer events;

    @Test
    void theDecisionStandsWhenTheMailCannotBeSent() {
        String event = OpenEvents.open(events);
        String author = TestTokens.forUser("mailless-" + UUID.randomUUID().toString().substring(0, 8), "citizen");
        int id = comment(author, event, "Письмо не дойдёт");

        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}")
                .then().statusCode(200).body("visibility", equalTo("HIDDEN"));

        given().queryParam("event", event).when().get("/api/feedback/comments")
                .then().body("items[0].status", equalTo("HIDDEN"));
        given().auth().oauth2(author).when().get("/api/feedback/me/notifications")
                .then().statusCode(200).body("items[0].outcome", equalTo("HIDDEN"));
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON).body("{\"action\":\"PUBLISH\"}")
                .when().post("/api/feedback/moderation/comments/" + id).then().statusCode(200);
    }
}
