package org.pikir.events.material;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** An editor corrects a material's description (kind, title, language) and the order of the materials. */
@QuarkusTest
class MaterialEditingTest {

    private static final String PROBLEM = "application/problem+json";

    private static String publishedEvent() {
        String slug = "corrected-" + UUID.randomUUID().toString().substring(0, 8);
        editor().body("""
                {"slug":"%s","title":{"ru":"Слушания"},"city":"Астана","date":"2026-12-01"}""".formatted(slug))
                .when().post("/api/events").then().statusCode(201);
        editor().when().post("/api/events/" + slug + "/publish").then().statusCode(200);
        return slug;
    }

    private static RequestSpecification editor() {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON);
    }

    private static long addLink(String slug, String title) {
        return given().auth().oauth2(TestTokens.editor()).contentType("multipart/form-data")
                .multiPart("kind", "VIDEO").multiPart("title.en", title).multiPart("language", "en")
                .multiPart("link", "https://video.example/" + UUID.randomUUID())
                .when().post(materials(slug)).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String materials(String slug) {
        return "/api/events/" + slug + "/materials";
    }

    @Test
    void kindTitleAndLanguageAreCorrectedAndTheHistorySaysWhatChanged() {
        String slug = publishedEvent();
        long id = addLink(slug, "Recrding of the hearing");

        editor().body("""
                {"kind":"TRANSCRIPT","title":{"en":"Recording of the hearing","kk":"Тыңдау жазбасы"},"language":"kk"}""")
                .when().put(materials(slug) + "/" + id)
                .then().statusCode(200)
                .body("kind", equalTo("TRANSCRIPT"))
                .body("title.en", equalTo("Recording of the hearing"))
                .body("title.kk", equalTo("Тыңдау жазбасы"))
                .body("language", equalTo("kk"))
                .body("currentVersion", equalTo(1))
                .body("versions.version", contains(1));

        given().when().get("/api/events/" + slug)
                .then().body("materials[0].title.en", equalTo("Recording of the hearing"))
                .body("materials[0].kind", equalTo("TRANSCRIPT"));
        given().when().get("/api/events/" + slug + "/history")
                .then().statusCode(200)
                .body("[0].action", equalTo("material.edited"))
                .body("[0].changedBy", equalTo("editor"))
                .body("[0].detail.materialId", equalTo((int) id))
                .body("[0].detail.fields.kind.from", equalTo("VIDEO"))
                .body("[0].detail.fields.kind.to", equalTo("TRANSCRIPT"))
                .body("[0].detail.fields.title.to", containsString("Recording of the hearing"))
                .body("[0].detail.fields.language.to", equalTo("kk"));

        // saving the same description again changes nothing, so it adds nothing to the history
        int entries = given().when().get("/api/events/" + slug + "/history").then().extract().jsonPath().getList("$").size();
        editor().body("""
                {"kind":"TRANSCRIPT","title":{"en":"Recording of the hearing","kk":"Тыңдау жазбасы"},"language":"kk"}""")
                .when().put(materials(slug) + "/" + id).then().statusCode(200);
        given().when().get("/api/events/" + slug + "/history").then().body("size()", equalTo(entries));
    }

    @Test
    void anInvalidDescriptionNamesEachFieldAndChangesNothing() {
        String slug = publishedEvent();
        long id = addLink(slug, "Recording");

        editor().body("{\"kind\":\"POSTER\",\"title\":{\"en\":\"   \"},\"language\":\"de\"}")
                .when().put(materials(slug) + "/" + id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", containsString("validation"))
                .body("errors.field", hasItems("kind", "title", "language"));
        editor().body("{\"kind\":\"VIDEO\",\"title\":{\"en\":\"%s\",\"fr\":\"Enregistrement\"},\"language\":\"en\"}"
                        .formatted("x".repeat(301)))
                .when().put(materials(slug) + "/" + id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("title.en", "title.fr"));
        editor().body("{\"title\":{\"en\":\"Recording\"}}")
                .when().put(materials(slug) + "/" + id)
                .then().statusCode(400).body("errors.field", hasItems("kind", "language"));
        editor().body("{\"kind\":\"VIDEO\",\"title\":{\"en\":\"R\"},\"language\":\"en\",\"secret\":1}")
                .when().put(materials(slug) + "/" + id)
                .then().statusCode(400).body("errors.field", hasItem("secret"));

        given().when().get(materials(slug) + "/" + id)
                .then().body("kind", equalTo("VIDEO")).body("title.en", equalTo("Recording"));
        given().when().get("/api/events/" + slug + "/history").then().body("action", not(hasItem("material.edited")));
        editor().body("{\"kind\":\"VIDEO\",\"title\":{\"en\":\"R\"},\"language\":\"en\"}")
                .when().put(materials(slug) + "/999999999").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void materialsAreReorderedByTheCompleteListOfTheirIds() {
        String slug = publishedEvent();
        long first = addLink(slug, "First");
        long second = addLink(slug, "Second");
        long third = addLink(slug, "Third");
        long removed = addLink(slug, "Removed");
        editor().when().delete(materials(slug) + "/" + removed).then().statusCode(204);

        editor().body("{\"ids\":[%d,%d,%d]}".formatted(third, first, second))
                .when().put(materials(slug) + "/order")
                .then().statusCode(200)
                .body("id", contains((int) third, (int) first, (int) second));
        given().when().get("/api/events/" + slug)
                .then().body("materials.title.en", equalTo(List.of("Third", "First", "Second")));
        given().when().get("/api/events/" + slug + "/history")
                .then().body("[0].action", equalTo("materials.reordered"))
                .body("[0].detail.order", contains((int) third, (int) first, (int) second));

        // a list that drops, repeats or adds a material (a removed one included) is refused, naming the field
        for (String ids : new String[] {"[%d,%d]".formatted(third, first),
                "[%d,%d,%d]".formatted(third, first, first),
                "[%d,%d,%d,%d]".formatted(third, first, second, removed)}) {
            editor().body("{\"ids\":" + ids + "}").when().put(materials(slug) + "/order")
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("ids"));
        }
        editor().body("{}").when().put(materials(slug) + "/order")
                .then().statusCode(400).body("errors.field", hasItem("ids"));
        given().when().get(materials(slug)).then().body("id", contains((int) third, (int) first, (int) second));
    }

    @Test
    void onlyEditorsAndAdministratorsCorrectMaterials() {
        String slug = publishedEvent();
        long id = addLink(slug, "Recording");
        String edit = "{\"kind\":\"VIDEO\",\"title\":{\"en\":\"Changed\"},\"language\":\"en\"}";
        String order = "{\"ids\":[" + id + "]}";

        for (String path : new String[] {materials(slug) + "/" + id, materials(slug) + "/order"}) {
            String body = path.endsWith("/order") ? order : edit;
            given().contentType(ContentType.JSON).body(body).when().put(path)
                    .then().statusCode(401).contentType(PROBLEM);
            given().auth().oauth2(TestTokens.citizen()).contentType(ContentType.JSON).body(body).when().put(path)
                    .then().statusCode(403).contentType(PROBLEM);
            given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON).body(body).when().put(path)
                    .then().statusCode(403).contentType(PROBLEM);
        }
        given().when().get(materials(slug) + "/" + id).then().body("title.en", equalTo("Recording"));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(edit)
                .when().put(materials(slug) + "/" + id).then().statusCode(200).body("title.en", equalTo("Changed"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(order)
                .when().put(materials(slug) + "/order").then().statusCode(200);
    }

    @Test
    void anArchivedForumsMaterialsKeepTheirDescriptionAndOrder() {
        String slug = publishedEvent();
        long id = addLink(slug, "Recording");
        editor().when().post("/api/events/" + slug + "/archive").then().statusCode(200);

        editor().body("{\"kind\":\"VIDEO\",\"title\":{\"en\":\"Changed\"},\"language\":\"en\"}")
                .when().put(materials(slug) + "/" + id)
                .then().statusCode(409).body("type", containsString("event-archived"));
        editor().body("{\"ids\":[" + id + "]}").when().put(materials(slug) + "/order")
                .then().statusCode(409).body("type", containsString("event-archived"));
    }
}
