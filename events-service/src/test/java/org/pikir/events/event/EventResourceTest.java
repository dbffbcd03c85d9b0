package org.pikir.events.event;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class EventResourceTest {

    private static final String ALMATY = "almaty-2026-02-25-constitutional-reform";

    private static String newSlug() {
        return "forum-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String draft(String slug) {
        return """
                {"slug":"%s","title":{"ru":"Общественные слушания","kk":"Қоғамдық тыңдау"},
                 "summary":{"en":"A hearing"},"city":"Астана","date":"2026-12-01"}
                """.formatted(slug);
    }

    @Test
    void listsTheSeededAlmatyForumPublicly() {
        given().when().get("/api/events")
                .then().statusCode(200)
                .body("items.slug", hasItem(ALMATY))
                .body("page", equalTo(0))
                .body("size", equalTo(20));
    }

    @Test
    void showsTheAlmatyForumWithItsTitlesAndOpenConsultation() {
        given().when().get("/api/events/" + ALMATY)
                .then().statusCode(200)
                .body("title.ru", containsString("Конституционная реформа"))
                .body("title.kk", containsString("Конституциялық реформа"))
                .body("title.en", containsString("Constitutional reform"))
                .body("city.ru", equalTo("Алматы"))
                .body("city.en", equalTo("Almaty"))
                .body("date", equalTo("2026-02-25"))
                .body("timeZone", equalTo("Asia/Almaty"))
                .body("status", equalTo("PUBLISHED"))
                .body("consultation.open", equalTo(true));
    }

    @Test
    void unknownSlugIsAProblemNotFound() {
        given().when().get("/api/events/no-such-forum")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", containsString("not-found"))
                .body("detail", containsString("no-such-forum"));
    }

    @Test
    void creatingNeedsAToken() {
        given().contentType(ContentType.JSON).body(draft(newSlug()))
                .when().post("/api/events")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void aBadTokenIsRejected() {
        given().auth().oauth2("not-a-jwt").contentType(ContentType.JSON).body(draft(newSlug()))
                .when().post("/api/events")
                .then().statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() {
        String token = TestTokens.sign(TestTokens.claims("editor", "editor").audience("some-other-api"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(draft(newSlug()))
                .when().post("/api/events")
                .then().statusCode(401);
    }

    @Test
    void anExpiredOrForeignIssuerTokenIsRejected() {
        java.time.Instant past = java.time.Instant.now().minusSeconds(3600);
        String expired = TestTokens.sign(TestTokens.claims("editor", "editor").issuedAt(past).expiresAt(past.plusSeconds(60)));
        String foreign = TestTokens.sign(TestTokens.claims("editor", "editor").issuer("https://elsewhere.test/realms/pikir"));
        for (String token : new String[] {expired, foreign}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(draft(newSlug()))
                    .when().post("/api/events")
                    .then().statusCode(401);
        }
    }

    @Test
    void aCitizenMayNotCreateEvents() {
        given().auth().oauth2(TestTokens.citizen()).contentType(ContentType.JSON).body(draft(newSlug()))
                .when().post("/api/events")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anEditorCreatesADraftThatOnlyEditorsSee() {
        String slug = newSlug();
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(draft(slug))
                .when().post("/api/events")
                .then().statusCode(201)
                .header("Location", containsString("/api/events/" + slug))
                .body("status", equalTo("DRAFT"))
                .body("title.kk", equalTo("Қоғамдық тыңдау"))
                .body("consultation.open", equalTo(false));

        given().when().get("/api/events/" + slug).then().statusCode(404);
        given().when().get("/api/events").then().body("items.slug", not(hasItem(slug)));
        given().auth().oauth2(TestTokens.editor()).when().get("/api/events/" + slug)
                .then().statusCode(200).body("slug", equalTo(slug));
    }

    @Test
    void anAdminMayCreateToo() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(draft(newSlug()))
                .when().post("/api/events")
                .then().statusCode(201);
    }

    @Test
    void aDuplicateSlugIsAConflict() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(draft(ALMATY))
                .when().post("/api/events")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("duplicate-slug"));
    }

    @Test
    void invalidFieldsAreNamed() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("""
                        {"slug":"Bad Slug!","title":{"de":"Forum"},"city":"","date":"2026-12-01"}
                        """)
                .when().post("/api/events")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("slug"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("city"));
    }

    @Test
    void unknownFieldsAreRejected() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("""
                        {"slug":"%s","title":{"ru":"Форум"},"city":"Астана","date":"2026-12-01","status":"PUBLISHED"}
                        """.formatted(newSlug()))
                .when().post("/api/events")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body("{\"slug\": ")
                .when().post("/api/events")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
    }

    @Test
    void pageSizeIsCapped() {
        given().queryParam("size", 1000).when().get("/api/events")
                .then().statusCode(400)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void aNonNumericPageIsABadRequestNamingTheParameter() {
        given().queryParam("page", "abc").when().get("/api/events")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void consultationStateIsAnsweredForPublishedEvents() {
        given().when().get("/api/events/" + ALMATY + "/consultation")
                .then().statusCode(200)
                .body("open", equalTo(true))
                .body("closesAt", notNullValue());
        given().when().get("/api/events/nothing-here/consultation").then().statusCode(404);
    }

    @Test
    void requestIdIsEchoedOrCreated() {
        given().header("X-Request-Id", "test-123").when().get("/api/events")
                .then().header("X-Request-Id", equalTo("test-123"));
        given().when().get("/api/events").then().header("X-Request-Id", notNullValue());
    }
}
