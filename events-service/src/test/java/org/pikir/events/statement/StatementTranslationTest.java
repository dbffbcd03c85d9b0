package org.pikir.events.statement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Statements keep their original; editors add translations beside it, and mark what a source only reported. */
@QuarkusTest
class StatementTranslationTest {

    private static final String ORIGINAL = "Қоғамдық кеңестердің рөлі күшейеді.";

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A published forum with one Kazakh statement; answers {slug, statement url}. */
    private static String[] forumWithStatement(String kind) {
        String slug = "translated-" + UUID.randomUUID().toString().substring(0, 8);
        as(TestTokens.editor()).body("""
                {"slug":"%s","title":{"kk":"Тыңдау"},"city":"Астана","date":"2027-02-01"}""".formatted(slug))
                .when().post("/api/events").then().statusCode(201);
        long speaker = as(TestTokens.editor()).body("{\"name\":\"Айдос Серікұлы\",\"role\":\"SPEAKER\"}")
                .when().post("/api/events/" + slug + "/participants").then().statusCode(201).extract().jsonPath().getLong("id");
        String url = as(TestTokens.editor()).body("""
                {"participantId":%d,"text":"%s","language":"kk"%s}""".formatted(speaker, ORIGINAL,
                        kind == null ? "" : ",\"kind\":\"" + kind + "\""))
                .when().post("/api/events/" + slug + "/statements").then().statusCode(201).extract().header("Location");
        as(TestTokens.editor()).when().post("/api/events/" + slug + "/publish").then().statusCode(200);
        return new String[] {slug, url.substring(url.indexOf("/api/"))};
    }

    @Test
    void anEditorAddsReplacesAndRemovesATranslationBesideTheOriginal() {
        String[] forum = forumWithStatement(null);
        String statement = forum[1];
        as(TestTokens.editor()).body("{\"text\":\"Роль общественных советов усилится.\"}")
                .when().put(statement + "/translations/ru").then().statusCode(200)
                .body("text", equalTo(ORIGINAL)).body("language", equalTo("kk"))
                .body("translations.ru", equalTo("Роль общественных советов усилится."));
        as(TestTokens.admin()).body("{\"text\":\"Public councils will gain a larger role.\"}")
                .when().put(statement + "/translations/en").then().statusCode(200);
        as(TestTokens.editor()).body("{\"text\":\"Public councils will play a bigger part.\"}")
                .when().put(statement + "/translations/en").then().statusCode(200);

        given().when().get(statement).then().statusCode(200)
                .body("url", equalTo(statement))
                .body("kind", equalTo("QUOTE"))
                .body("text", equalTo(ORIGINAL))
                .body("translations", equalTo(Map.of("ru", "Роль общественных советов усилится.",
                        "en", "Public councils will play a bigger part.")));
        given().when().get("/api/events/" + forum[0]).then()
                .body("statements[0].translations.en", equalTo("Public councils will play a bigger part."));
        given().when().get("/api/events/" + forum[0] + "/history").then()
                .body("action", hasItem("statement.translated"));

        as(TestTokens.editor()).when().delete(statement + "/translations/ru").then().statusCode(204);
        given().when().get(statement).then().body("translations.ru", nullValue())
                .body("translations.en", equalTo("Public councils will play a bigger part."));
        as(TestTokens.editor()).when().delete(statement + "/translations/ru").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/events/" + forum[0] + "/history").then()
                .body("action", hasItem("statement.translation-removed"));
    }

    @Test
    void aTranslationIsFoundBySearch() {
        String[] forum = forumWithStatement(null);
        given().queryParam("q", "councils").when().get("/api/events").then().body("items.slug", not(hasItem(forum[0])));
        as(TestTokens.editor()).body("{\"text\":\"Public councils will play a bigger part.\"}")
                .when().put(forum[1] + "/translations/en").then().statusCode(200);
        given().queryParam("q", "councils").when().get("/api/events").then().body("items.slug", hasItem(forum[0]));
    }

    @Test
    void translationsAreCheckedAndOnlyForEditors() {
        String statement = forumWithStatement(null)[1];
        as(TestTokens.editor()).body("{\"text\":\"Бір сөз.\"}").when().put(statement + "/translations/kk")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("language"));
        as(TestTokens.editor()).body("{\"text\":\"Ein Wort.\"}").when().put(statement + "/translations/de")
                .then().statusCode(400).body("errors.field", hasItem("language"));
        as(TestTokens.editor()).body("{\"text\":\"  \"}").when().put(statement + "/translations/en")
                .then().statusCode(400).body("errors.field", hasItem("text"));
        as(TestTokens.editor()).body("{\"text\":\"A word.\"}").when().put(statement.replaceAll("\\d+$", "999999") + "/translations/en")
                .then().statusCode(404);
        as(TestTokens.citizen()).body("{\"text\":\"A word.\"}").when().put(statement + "/translations/en")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"text\":\"A word.\"}").when().put(statement + "/translations/en")
                .then().statusCode(401);
    }

    @Test
    void aReportedStatementStaysReportedWhenAnEditOmitsItsKind() {
        String[] forum = forumWithStatement("REPORTED");
        given().when().get(forum[1]).then().body("kind", equalTo("REPORTED"));
        long speaker = given().when().get(forum[1]).then().extract().jsonPath().getLong("participantId");
        as(TestTokens.editor()).body("""
                {"participantId":%d,"text":"Кеңестердің рөлі артады.","language":"kk"}""".formatted(speaker))
                .when().put(forum[1]).then().statusCode(200).body("kind", equalTo("REPORTED"));
        as(TestTokens.editor()).body("""
                {"participantId":%d,"text":"Кеңестердің рөлі артады.","language":"kk","kind":"QUOTE"}""".formatted(speaker))
                .when().put(forum[1]).then().statusCode(200).body("kind", equalTo("QUOTE"));
        as(TestTokens.editor()).body("""
                {"participantId":%d,"text":"Сөз.","language":"kk","kind":"RUMOUR"}""".formatted(speaker))
                .when().put(forum[1]).then().statusCode(400).body("errors.field", hasItem("kind"));
    }
}
