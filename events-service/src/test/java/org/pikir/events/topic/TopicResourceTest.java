package org.pikir.events.topic;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The topic catalogue: public to read, editors add and rename, every name in kk, ru and en. */
@QuarkusTest
class TopicResourceTest {

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String newSlug() {
        return "topic-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String topic(String slug, String kk, String ru, String en) {
        return """
                {"slug":"%s","name":{"kk":"%s","ru":"%s","en":"%s"}}""".formatted(slug, kk, ru, en);
    }

    @Test
    void theCatalogueIsPublicWithNamesInEveryLanguage() {
        given().when().get("/api/events/topics").then().statusCode(200)
                .header("ETag", startsWith("\""))
                .body("find { it.slug == 'constitution' }.name.en", equalTo("Constitution"))
                .body("find { it.slug == 'public-administration' }.name.ru", equalTo("Государственное управление"))
                .body("find { it.slug == 'public-administration' }.name.kk", equalTo("Мемлекеттік басқару"));
    }

    @Test
    void anEditorAddsATopicAndRenamesIt() {
        String slug = newSlug();
        as(TestTokens.editor()).body(topic(slug, "Су ресурстары", "Водные ресурсы", "Water resources"))
                .when().post("/api/events/topics").then().statusCode(201)
                .header("Location", endsWith("/api/events/topics/" + slug))
                .body("name.en", equalTo("Water resources"));
        given().when().get("/api/events/topics").then().body("slug", hasItem(slug));

        as(TestTokens.admin()).body("""
                {"name":{"kk":"Су","ru":"Вода","en":"Water"}}""")
                .when().put("/api/events/topics/" + slug).then().statusCode(200)
                .body("slug", equalTo(slug)).body("name.ru", equalTo("Вода"));
        given().when().get("/api/events/topics/" + slug).then().statusCode(200).body("name.en", equalTo("Water"));
        given().when().get("/api/events/topics/" + slug + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("topic.renamed", "topic.added")))
                .body("[0].changedBy", equalTo("admin"))
                .body("[0].name.en", equalTo("Water"))
                .body("[1].name.en", equalTo("Water resources"));
    }

    @Test
    void onlyEditorsAndAdminsChangeTheCatalogue() {
        String body = topic(newSlug(), "Тақырып", "Тема", "Topic");
        given().contentType(ContentType.JSON).body(body).when().post("/api/events/topics").then().statusCode(401)
                .contentType("application/problem+json");
        as(TestTokens.citizen()).body(body).when().post("/api/events/topics").then().statusCode(403)
                .contentType("application/problem+json");
        as(TestTokens.moderator()).body(body).when().put("/api/events/topics/constitution").then().statusCode(403);
    }

    @Test
    void everyNameIsRequiredAndTheSlugChecked() {
        as(TestTokens.editor()).body("""
                {"slug":"%s","name":{"kk":"Тақырып","ru":"Тема"}}""".formatted(newSlug()))
                .when().post("/api/events/topics").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name.en"));
        as(TestTokens.editor()).body(topic("Not A Slug", "Т", "Т", "T"))
                .when().post("/api/events/topics").then().statusCode(400)
                .body("errors.field", hasItem("slug"));
        as(TestTokens.editor()).body("""
                {"slug":"%s","name":{"kk":"Т","ru":"Т","en":"T","de":"T"}}""".formatted(newSlug()))
                .when().post("/api/events/topics").then().statusCode(400)
                .body("errors.field", hasItem("name.de"));
        as(TestTokens.editor()).body(topic("constitution", "Т", "Т", "T"))
                .when().post("/api/events/topics").then().statusCode(409)
                .contentType("application/problem+json");
        as(TestTokens.editor()).body(topic("referendum", "Т", "Т", "T"))
                .when().put("/api/events/topics/constitution").then().statusCode(400)
                .body("errors.field", hasItem("slug"));
        as(TestTokens.editor()).body(topic("no-such-topic", "Т", "Т", "T"))
                .when().put("/api/events/topics/no-such-topic").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aForumCarriesOnlyCataloguedTopicsAndIsFoundByTheirNewNames() {
        String forum = "topics-" + UUID.randomUUID().toString().substring(0, 8);
        as(TestTokens.editor()).body("""
                {"slug":"%s","title":{"ru":"Форум"},"topics":["no-such-topic"],"city":"Астана","date":"2027-04-01"}"""
                .formatted(forum)).when().post("/api/events").then().statusCode(400)
                .body("errors.field", hasItem("topics"));
        as(TestTokens.editor()).body("""
                {"slug":"topics","title":{"ru":"Форум"},"city":"Астана","date":"2027-04-01"}""")
                .when().post("/api/events").then().statusCode(400).body("errors.field", hasItem("slug"));

        String slug = newSlug();
        as(TestTokens.editor()).body(topic(slug, "Сәулет", "Архитектура", "Architecture"))
                .when().post("/api/events/topics").then().statusCode(201);
        as(TestTokens.editor()).body("""
                {"slug":"%s","title":{"ru":"Форум"},"topics":["%s"],"city":"Астана","date":"2027-04-01"}"""
                .formatted(forum, slug)).when().post("/api/events").then().statusCode(201);
        as(TestTokens.editor()).when().post("/api/events/" + forum + "/publish").then().statusCode(200);
        given().queryParam("q", "Architecture").when().get("/api/events").then().body("items.slug", hasItem(forum));

        as(TestTokens.editor()).body("""
                {"name":{"kk":"Қала құрылысы","ru":"Градостроительство","en":"Urban planning"}}""")
                .when().put("/api/events/topics/" + slug).then().statusCode(200);
        given().queryParam("q", "urban planning").when().get("/api/events").then().body("items.slug", hasItem(forum));
        given().queryParam("q", "Architecture").when().get("/api/events").then().body("items.slug", not(hasItem(forum)));
        given().queryParam("topic", slug).when().get("/api/events").then().body("items.slug", hasItem(forum));
    }
}
