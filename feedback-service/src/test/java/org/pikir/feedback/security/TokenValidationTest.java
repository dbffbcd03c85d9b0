package org.pikir.feedback.security;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;
import org.pikir.platform.testing.security.TokenForgery;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Only a token signed by the realm, for this API, within its lifetime is accepted: every forged or stale one
 * (expired, not yet valid, wrong issuer or audience, alg none, tampered payload or signature, another key,
 * HS256 with the public key) is 401 with {@code WWW-Authenticate: Bearer}, on a citizen's write, a citizen's
 * read and a staff read, and leaves no trace: no comment, no profile, no audit entry.
 */
@QuarkusTest
class TokenValidationTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Test
    void forgedOrStaleTokensCannotWrite() {
        String event = OpenEvents.open(events);
        String forger = "forger-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> accepted = new ArrayList<>();
        for (Map.Entry<String, String> bad : TokenForgery.badTokens(forger, "citizen").entrySet()) {
            String marker = "forged " + bad.getKey() + " " + UUID.randomUUID();
            Response response = given().header("Authorization", "Bearer " + bad.getValue()).contentType(ContentType.JSON)
                    .body("{\"eventSlug\":\"%s\",\"body\":\"%s\",\"language\":\"ru\"}".formatted(event, marker))
                    .when().post("/api/feedback/comments");
            refused(accepted, "POST comments with " + bad.getKey(), response);
            if (StoredRows.count(db, "select count(*) from comment where body = ?", marker) != 0) {
                accepted.add(bad.getKey() + " stored a comment");
            }
        }
        assertEquals(0, StoredRows.count(db, "select count(*) from profile where subject = ?", TestTokens.subjectOf(forger)),
                "a forged token made a profile");
        assertTrue(accepted.isEmpty(), String.join("\n", accepted));
    }

    @Test
    void forgedOrStaleTokensCannotReadPersonalOrStaffData() {
        String forger = "forger-" + UUID.randomUUID().toString().substring(0, 8);
        String event = "forged-export-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> accepted = new ArrayList<>();
        for (Map.Entry<String, String> bad : TokenForgery.badTokens(forger, "citizen", "moderator").entrySet()) {
            String authorization = "Bearer " + bad.getValue();
            refused(accepted, "GET /me/export with " + bad.getKey(),
                    given().header("Authorization", authorization).when().get("/api/feedback/me/export"));
            refused(accepted, "GET exports with " + bad.getKey(), given().header("Authorization", authorization)
                    .when().get("/api/feedback/exports/" + event + "/comments.json"));
            refused(accepted, "GET review queue with " + bad.getKey(),
                    given().header("Authorization", authorization).when().get("/api/feedback/review/queue"));
        }
        assertEquals(0, StoredRows.count(db, "select count(*) from profile where subject = ?", TestTokens.subjectOf(forger)),
                "a forged token made a profile");
        assertEquals(0, StoredRows.count(db, "select count(*) from audit_entry where target_id = ?", event),
                "a forged token exported the event");
        assertTrue(accepted.isEmpty(), String.join("\n", accepted));
    }

    @Test
    void aTokenThatIsNotBearerOrHasNoSchemeIsRefused() {
        String token = TestTokens.citizen();
        List<String> accepted = new ArrayList<>();
        for (String authorization : List.of(token, "Basic " + token, "Bearer", "Bearer  ", "Bearer " + token + " extra",
                "bearer" + token)) {
            refused(accepted, "Authorization: " + authorization.substring(0, Math.min(20, authorization.length())),
                    given().header("Authorization", authorization).when().get("/api/feedback/me"));
        }
        assertTrue(accepted.isEmpty(), String.join("\n", accepted));
    }

    @Test
    void theGenuineTokensAreAccepted() {
        String event = OpenEvents.open(events);
        given().auth().oauth2(TestTokens.citizen()).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"genuine\",\"language\":\"ru\"}".formatted(event))
                .when().post("/api/feedback/comments").then().statusCode(201);
        given().auth().oauth2(TestTokens.moderator()).when().get("/api/feedback/exports/" + event + "/comments.json")
                .then().statusCode(200);
    }

    private static void refused(List<String> accepted, String what, Response response) {
        if (response.statusCode() != 401) {
            accepted.add(what + " → " + response.statusCode());
        } else if (!response.contentType().startsWith("application/problem+json")
                || !"Bearer".equals(response.header("WWW-Authenticate"))) {
            accepted.add(what + " → 401 without a problem document and WWW-Authenticate: Bearer");
        }
    }
}
