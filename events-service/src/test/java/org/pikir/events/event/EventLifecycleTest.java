package org.pikir.events.event;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** An editor builds a forum from draft to archive; the public sees each step, and what changed. */
@QuarkusTest
class EventLifecycleTest {

    private static RequestSpecification editor() {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON);
    }

    private static String newDraft() {
        String slug = "hearing-" + UUID.randomUUID().toString().substring(0, 8);
        editor().body("""
                {"slug":"%s","title":{"ru":"Слушания о бюджете","kk":"Бюджет тыңдаулары"},"kind":"HEARING",
                 "format":"HYBRID","topics":["budget"],"city":"Шымкент","date":"2027-03-10"}
                """.formatted(slug)).when().post("/api/events").then().statusCode(201);
        return slug;
    }

    private static long add(String slug, String part, String json) {
        return editor().body(json).when().post("/api/events/" + slug + "/" + part)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void fromDraftToPublishedToArchived() {
        String slug = newDraft();
        long chair = add(slug, "participants", """
                {"name":"Әлия Нұрғалиқызы","position":{"kk":"Төраға"},"organisation":{"ru":"Маслихат"},"role":"MODERATOR"}""");
        long expert = add(slug, "participants", """
                {"name":"Ерлан Өтепов","position":{"ru":"Экономист"},"role":"EXPERT"}""");
        long panel = add(slug, "agenda", """
                {"title":{"ru":"Панель"},"kind":"PANEL","participantIds":[%d,%d]}""".formatted(chair, expert));
        long said = add(slug, "statements", """
                {"participantId":%d,"agendaItemId":%d,"text":"Бюджет должен быть открытым.","language":"ru"}"""
                .formatted(expert, panel));

        editor().body("{\"ids\":[%d,%d]}".formatted(expert, chair))
                .when().put("/api/events/" + slug + "/participants/order")
                .then().statusCode(200).body("name", equalTo(List.of("Ерлан Өтепов", "Әлия Нұрғалиқызы")));

        given().when().get("/api/events/" + slug).then().statusCode(404);
        editor().when().post("/api/events/" + slug + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        editor().when().post("/api/events/" + slug + "/publish").then().statusCode(409)
                .body("type", containsString("invalid-transition"));

        given().when().get("/api/events/" + slug).then().statusCode(200)
                .body("participants.name", equalTo(List.of("Ерлан Өтепов", "Әлия Нұрғалиқызы")))
                .body("agenda[0].participantIds", hasSize(2))
                .body("statements[0].id", equalTo((int) said))
                .body("kind", equalTo("HEARING"))
                .body("format", equalTo("HYBRID"));

        editor().body("""
                {"slug":"%s","title":{"ru":"Слушания о бюджете города","kk":"Бюджет тыңдаулары"},"kind":"HEARING",
                 "format":"HYBRID","topics":["budget"],"city":"Шымкент","date":"2027-03-10"}
                """.formatted(slug)).when().put("/api/events/" + slug).then().statusCode(200);
        given().when().get("/api/events/" + slug + "/history").then().statusCode(200)
                .body("action", hasItem("event.edited"))
                .body("action", hasItem("event.published"))
                .body("find { it.action == 'event.edited' }.changedBy", equalTo("editor"))
                .body("find { it.action == 'event.edited' }.detail.fields.title.to", containsString("города"));

        editor().when().post("/api/events/" + slug + "/archive").then().statusCode(200)
                .body("status", equalTo("ARCHIVED"))
                .body("consultation.open", equalTo(false));
        editor().body("{\"name\":\"Late\",\"role\":\"GUEST\"}").when().post("/api/events/" + slug + "/participants")
                .then().statusCode(409).body("type", containsString("event-archived"));
        given().queryParam("status", "archived").when().get("/api/events").then()
                .body("items.slug", hasItem(slug));
    }

    @Test
    void theConsultationWindowOpensAndCloses() {
        String slug = newDraft();
        editor().when().post("/api/events/" + slug + "/publish").then().statusCode(200);
        given().when().get("/api/events/" + slug + "/consultation").then().body("open", equalTo(false));
        editor().body("{\"closesAt\":\"2099-01-01T00:00:00Z\"}")
                .when().post("/api/events/" + slug + "/consultation/open").then().statusCode(200);
        given().when().get("/api/events/" + slug + "/consultation").then().body("open", equalTo(true));
        given().queryParam("status", "open").when().get("/api/events").then().body("items.slug", hasItem(slug));
        editor().when().post("/api/events/" + slug + "/consultation/close").then().statusCode(200);
        given().when().get("/api/events/" + slug + "/consultation").then().body("open", equalTo(false));
        given().queryParam("status", "closed").when().get("/api/events").then().body("items.slug", hasItem(slug));
        given().queryParam("status", "open").when().get("/api/events").then().body("items.slug", not(hasItem(slug)));
    }

    @Test
    void theOutcomeIsPublishedPerLanguage() {
        String slug = newDraft();
        editor().body("{\"texts\":{\"kk\":\"Қорытынды\",\"ru\":\"Итог\"}}")
                .when().put("/api/events/" + slug + "/outcome").then().statusCode(200)
                .body("outcome.kk", equalTo("Қорытынды"));
        editor().body("{\"texts\":{\"fr\":\"Conclusion\"}}")
                .when().put("/api/events/" + slug + "/outcome").then().statusCode(400)
                .body("errors.field", hasItem("texts"));
    }

    @Test
    void partsMustBelongToTheEvent() {
        String one = newDraft();
        String other = newDraft();
        long stranger = add(other, "participants", "{\"name\":\"Стороннее лицо\",\"role\":\"GUEST\"}");
        editor().body("{\"participantId\":%d,\"text\":\"x\",\"language\":\"ru\"}".formatted(stranger))
                .when().post("/api/events/" + one + "/statements")
                .then().statusCode(400).body("errors.field", hasItem("participantId"));
        editor().body("{\"title\":{\"ru\":\"Сессия\"},\"kind\":\"PANEL\",\"participantIds\":[%d]}".formatted(stranger))
                .when().post("/api/events/" + one + "/agenda")
                .then().statusCode(400).body("errors.field", hasItem("participantIds"));
        editor().when().delete("/api/events/" + one + "/participants/" + stranger).then().statusCode(404);
        editor().body("{\"ids\":[1,2,3]}").when().put("/api/events/" + one + "/participants/order")
                .then().statusCode(400).body("errors.field", hasItem("ids"));
    }

    @Test
    void citizensAndAnonymousCannotEdit() {
        String slug = newDraft();
        String[][] writes = {
                {"PUT", "/api/events/" + slug},
                {"POST", "/api/events/" + slug + "/publish"},
                {"POST", "/api/events/" + slug + "/archive"},
                {"POST", "/api/events/" + slug + "/consultation/open"},
                {"POST", "/api/events/" + slug + "/consultation/close"},
                {"PUT", "/api/events/" + slug + "/outcome"},
                {"POST", "/api/events/" + slug + "/participants"},
                {"POST", "/api/events/" + slug + "/agenda"},
                {"POST", "/api/events/" + slug + "/statements"},
                {"DELETE", "/api/events/" + slug + "/statements/1"},
        };
        for (String[] write : writes) {
            given().contentType(ContentType.JSON).body("{}").when().request(write[0], write[1])
                    .then().statusCode(401);
            given().auth().oauth2(TestTokens.citizen()).contentType(ContentType.JSON).body("{}")
                    .when().request(write[0], write[1])
                    .then().statusCode(403);
            given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON).body("{}")
                    .when().request(write[0], write[1])
                    .then().statusCode(403);
        }
    }
}
