package org.pikir.events.seed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo forum must be published completely: it is the test that the model fits a real forum. */
@QuarkusTest
class AlmatyForumTest {

    private static JsonPath forum() {
        return given().when().get("/api/events/" + DemoForumSeed.ALMATY_SLUG)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void hasTheFiveNamedParticipantsWithPositionsAndOrganisations() {
        JsonPath forum = forum();
        List<String> names = forum.getList("participants.name");
        assertEquals(List.of("Куаныш Сейтжанов", "Айгерим Сарсенбаева", "Даурен Пірімбетов", "Айнур Идрисова",
                "Улпан Курайысова"), names);
        assertEquals("Заместитель председателя партии", forum.getString("participants[0].position.ru"));
        assertEquals("Партия «Ауыл»", forum.getString("participants[0].organisation.ru"));
        assertTrue(forum.getString("participants[3].organisation.ru").contains("Академия государственного управления"));
        assertEquals(List.of("SPEAKER", "SPEAKER", "EXPERT", "EXPERT", "EXPERT"), forum.getList("participants.role"));
    }

    @Test
    void statementsAreQuotedAndLinkedToTheSpeechesSession() {
        JsonPath forum = forum();
        assertEquals(2, forum.getList("statements").size());
        long speeches = forum.getLong("agenda.find { it.kind == 'PANEL' }.id");
        assertEquals(List.of(speeches, speeches), forum.getList("statements.agendaItemId", Long.class));
        assertEquals(forum.getLong("participants[0].id"), forum.getLong("statements[0].participantId"));
        assertTrue(forum.getString("statements[0].text").startsWith("Проект нового Основного закона"));
        assertTrue(forum.getString("statements[1].text").contains("общественный запрос на справедливость"));
        String url = forum.getString("statements[1].url");
        given().when().get(url).then().statusCode(200)
                .body("participantId", equalTo(forum.getInt("participants[1].id")));
    }

    @Test
    void hasTheExpertDiscussionAndTheConclusion() {
        JsonPath forum = forum();
        assertEquals(List.of("PANEL", "EXPERT_DISCUSSION", "CLOSING"), forum.getList("agenda.kind"));
        assertEquals(5, forum.getList("agenda[1].participantIds").size());
        Map<String, String> outcome = forum.getMap("outcome");
        assertEquals(3, outcome.size());
        assertTrue(outcome.get("ru").contains("стратегический выбор"));
    }

    @Test
    void hasAPressReleaseInRussianWithTranslatedTitles() {
        given().when().get("/api/events/" + DemoForumSeed.ALMATY_SLUG)
                .then().body("materials", hasSize(1))
                .body("materials[0].kind", equalTo("PRESS_RELEASE"))
                .body("materials[0].language", equalTo("ru"))
                .body("materials[0].title.keySet()", hasItems("kk", "ru", "en"));
    }

    @Test
    void titlesAndSummariesInThreeLanguagesAndAnOpenConsultation() {
        given().when().get("/api/events/" + DemoForumSeed.ALMATY_SLUG)
                .then().body("title.kk", containsString("Конституциялық"))
                .body("summary.en", containsString("Almaty"))
                .body("description.ru", containsString("референдум"))
                .body("consultation.open", equalTo(true))
                .body("source", equalTo("Kazpravda.kz"))
                .body("date", equalTo("2026-02-25"));
    }
}
