package org.pikir.feedback;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static io.restassured.RestAssured.given;

/** What the staff-side tests need to do again and again: submit as a citizen, act as staff, reach into the database. */
public final class Feedback {

    private Feedback() {
    }

    public static String citizen(String name) {
        return TestTokens.forUser(name, "citizen");
    }

    /** The pseudonym the token's person is shown under (their profile is made on first use). */
    public static String displayName(String token) {
        return given().auth().oauth2(token).when().get("/api/feedback/me")
                .then().statusCode(200).extract().path("displayName");
    }

    public static int comment(String token, String event, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"%s\",\"language\":\"ru\"}".formatted(event, body))
                .when().post("/api/feedback/comments")
                .then().statusCode(201).extract().path("id");
    }

    public static int recommendation(String token, String event, String title) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"title\":\"%s\",\"body\":\"Текст: %s\",\"language\":\"ru\"}"
                        .formatted(event, title, title))
                .when().post("/api/feedback/recommendations")
                .then().statusCode(201).extract().path("id");
    }

    public static void policy(String event, String mode) {
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON)
                .body("{\"mode\":\"%s\"}".formatted(mode))
                .when().put("/api/feedback/moderation/policies/" + event)
                .then().statusCode(200);
    }

    /** {@code kind} is "comments" or "recommendations". */
    public static Response moderate(String token, String kind, int id, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/feedback/moderation/" + kind + "/" + id);
    }

    public static Response status(String token, int id, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/feedback/review/recommendations/" + id + "/status");
    }

    public static void endorse(String token, int id) {
        given().auth().oauth2(token).when().put("/api/feedback/recommendations/" + id + "/endorsement")
                .then().statusCode(200);
    }

    /** Runs one statement as the service's database user, for data a test must age or bend. */
    public static int sql(DataSource db, String statement) throws SQLException {
        try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
            return sql.executeUpdate(statement);
        }
    }
}
