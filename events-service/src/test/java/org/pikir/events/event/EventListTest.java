package org.pikir.events.event;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Filters, full-text search in Russian and Kazakh, and HTTP caching of the public list. */
@QuarkusTest
class EventListTest {

    private static final String ALMATY = "almaty-2026-02-25-constitutional-reform";

    static void searchFinds(String words, String slug) {
        given().queryParam("q", words).when().get("/api/events")
                .then().statusCode(200).body("items.slug", hasItem(slug));
    }

    static void searchMisses(String words, String slug) {
        given().queryParam("q", words).when().get("/api/events")
                .then().statusCode(200).body("items.slug", not(hasItem(slug)));
    }

    @Test
    void russianSearchFindsInflectedForms() {
        searchFinds("конституции", ALMATY);
        searchFinds("референдума", ALMATY);
        searchFinds("справедливости", ALMATY); // only in a statement
        searchMisses("животноводство", ALMATY);
    }

    @Test
    void kazakhSearchFindsInflectedForms() {
        searchFinds("Конституциялық", ALMATY);
        searchFinds("конституция", ALMATY);
        searchFinds("реформасы", ALMATY);
        searchFinds("Пірімбетов", ALMATY);
        searchMisses("мал шаруашылығы", ALMATY);
    }

    @Test
    void englishSearchWorksToo() {
        searchFinds("constitutional reforms", ALMATY);
    }

    @Test
    void searchReachesMaterials() {
        searchFinds("Алматинского филиала", ALMATY);
    }

    @Test
    void filtersByCityTopicDatesAndPhase() {
        given().queryParam("city", "алматы").when().get("/api/events").then().body("items.slug", hasItem(ALMATY));
        given().queryParam("city", "Астана").when().get("/api/events").then().body("items.slug", not(hasItem(ALMATY)));
        given().queryParam("topic", "constitution").when().get("/api/events").then().body("items.slug", hasItem(ALMATY));
        given().queryParam("from", "2026-02-25").queryParam("to", "2026-02-25").when().get("/api/events")
                .then().body("items.slug", hasItem(ALMATY));
        given().queryParam("from", "2026-02-26").when().get("/api/events").then().body("items.slug", not(hasItem(ALMATY)));
        given().queryParam("status", "open").when().get("/api/events").then().body("items.slug", hasItem(ALMATY));
        given().queryParam("status", "upcoming").when().get("/api/events").then().body("items.slug", not(hasItem(ALMATY)));
        given().queryParam("status", "archived").when().get("/api/events").then().body("items.slug", not(hasItem(ALMATY)));
    }

    @Test
    void badFiltersAreNamed() {
        given().queryParam("status", "someday").when().get("/api/events")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().queryParam("from", "2026-03-01").queryParam("to", "2026-02-01").when().get("/api/events")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("from", "yesterday").when().get("/api/events")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void publicReadsCarryAnETagAndRevalidateWith304() {
        for (String path : new String[] {"/api/events", "/api/events/" + ALMATY}) {
            String tag = given().when().get(path).then().statusCode(200)
                    .header("ETag", notNullValue())
                    .header("Cache-Control", equalTo("public, max-age=60"))
                    .extract().header("ETag");
            given().header("If-None-Match", tag).when().get(path).then().statusCode(304);
            given().header("If-None-Match", "\"something-else\"").when().get(path).then().statusCode(200);
        }
    }

    @Test
    void anEditMakesTheOldETagStale() {
        String slug = "etag-" + UUID.randomUUID().toString().substring(0, 8);
        var editor = given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON);
        editor.body("""
                {"slug":"%s","title":{"ru":"Круглый стол"},"city":"Актобе","date":"2027-01-15"}
                """.formatted(slug)).when().post("/api/events").then().statusCode(201);
        given().auth().oauth2(TestTokens.editor()).when().post("/api/events/" + slug + "/publish").then().statusCode(200);
        String tag = given().when().get("/api/events/" + slug).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("{\"name\":\"Гүлнар Сәтбаева\",\"role\":\"SPEAKER\"}")
                .when().post("/api/events/" + slug + "/participants").then().statusCode(201);
        given().header("If-None-Match", tag).when().get("/api/events/" + slug).then().statusCode(200)
                .body("participants[0].name", equalTo("Гүлнар Сәтбаева"));
    }
}
