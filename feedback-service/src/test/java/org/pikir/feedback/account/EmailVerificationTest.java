package org.pikir.feedback.account;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pikir.feedback.Feedback.comment;
import static org.pikir.feedback.Feedback.recommendation;

/** An account must have a verified e-mail address to add anything others see (verified later: NotificationTest). */
@QuarkusTest
class EmailVerificationTest {

    @InjectEventsService
    WireMockServer events;

    private String event;

    @BeforeEach
    void anOpenEvent() {
        event = OpenEvents.open(events);
    }

    private static String user() {
        return "registered-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A citizen's token whose claims Keycloak would give an account that has not followed its link yet. */
    private static String token(String user, UnaryOperator<JwtClaimsBuilder> verification) {
        return TestTokens.sign(verification.apply(TestTokens.claims(user, "citizen")));
    }

    private static ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    private static void refusedAsUnverified(ValidatableResponse response) {
        response.statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/email-unverified"))
                .body("detail", containsString("Verify your e-mail address first"));
    }

    @Test
    void anUnverifiedAccountReadsButCannotCommentRecommendEndorseOrFlag() {
        int othersComment = comment(TestTokens.citizen(), event, "Чужой комментарий");
        int othersRecommendation = recommendation(TestTokens.citizen(), event, "Чужая рекомендация");
        for (String unverified : List.of(token(user(), claims -> claims.claim("email_verified", false)),
                token(user(), claims -> claims.remove("email_verified")))) {
            refusedAsUnverified(post(unverified, "/api/feedback/comments",
                    "{\"eventSlug\":\"%s\",\"body\":\"Сразу после регистрации\",\"language\":\"ru\"}".formatted(event)));
            refusedAsUnverified(post(unverified, "/api/feedback/recommendations",
                    "{\"eventSlug\":\"%s\",\"title\":\"Без проверки\",\"body\":\"Текст\",\"language\":\"ru\"}"
                            .formatted(event)));
            refusedAsUnverified(given().auth().oauth2(unverified)
                    .when().put("/api/feedback/recommendations/" + othersRecommendation + "/endorsement").then());
            refusedAsUnverified(post(unverified, "/api/feedback/flags",
                    "{\"targetType\":\"COMMENT\",\"targetId\":%d,\"reason\":\"SPAM\"}".formatted(othersComment)));

            given().auth().oauth2(unverified).when().get("/api/feedback/me").then().statusCode(200)
                    .body("email", nullValue());
            given().auth().oauth2(unverified).queryParam("event", event).when().get("/api/feedback/comments")
                    .then().statusCode(200);
        }
        given().when().get("/api/feedback/recommendations/" + othersRecommendation).then()
                .body("endorsementCount", equalTo(0));
    }
}
