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
    void statementsAreQuotedOrReportedAndLinkedToTheSpeechesSession() {
        JsonPath forum = forum();
        assertEquals(4, forum.getList("statements").size());
        long speeches = forum.getLong("agenda.find { it.kind == 'PANEL' }.id");
        assertEquals(List.of(speeches, speeches, speeches, speeches), forum.getList("statements.agendaItemId", Long.class));
        long seitzhanov = forum.getLong("participants[0].id");
        long sarsenbayeva = forum.getLong("participants[1].id");
        assertEquals(List.of(seitzhanov, seitzhanov, sarsenbayeva, sarsenbayeva),
                forum.getList("statements.participantId", Long.class));
        assertEquals(List.of("REPORTED", "QUOTE", "REPORTED", "QUOTE"), forum.getList("statements.kind"));
        assertEquals(List.of("ru", "ru", "ru", "ru"), forum.getList("statements.language"));
        assertTrue(forum.getString("statements[0].text").contains("полностью и без каких-либо условий"));
        assertTrue(forum.getString("statements[1].text").startsWith("Проект нового Основного закона"));
        assertTrue(forum.getString("statements[2].text").contains("стратегического значения"));
        assertTrue(forum.getString("statements[3].text").contains("общественный запрос на справедливость"));
        String url = forum.getString("statements[3].url");
        given().when().get(url).then().statusCode(200)
                .body("participantId", equalTo(forum.getInt("participants[1].id")))
                .body("kind", equalTo("QUOTE"));
    }

    @Test
    void everyStatementHasAnEnglishTranslationBesideItsOriginal() {
        JsonPath forum = forum();
        for (int i = 0; i < 4; i++) {
            Map<String, String> translations = forum.getMap("statements[" + i + "].translations");
            assertEquals(List.of("en"), List.copyOf(translations.keySet()), "statement " + i);
        }
        assertTrue(forum.getString("statements[0].translations.en").contains("fully and without any conditions"));
        assertTrue(forum.getString("statements[1].translations.en").startsWith("The draft of the country's new Basic Law"));
        assertTrue(forum.getString("statements[2].translations.en").contains("strategic document"));
        assertTrue(forum.getString("statements[3].translations.en").contains("demand for fairness"));
    }

    @Test
    void participantsHaveLatinSpellings() {
        assertEquals(List.of("Kuanysh Seitzhanov", "Aigerim Sarsenbayeva", "Dauren Pirimbetov", "Ainur Idrisova",
                "Ulpan Kuraiysova"), forum().getList("participants.latinName"));
    }

    @Test
    void theCityIsNamedInEveryLanguageAndTheSourceIsTheNewsArticle() {
        JsonPath forum = forum();
        assertEquals(Map.of("kk", "Алматы", "ru", "Алматы", "en", "Almaty"), forum.getMap("city"));
        assertTrue(forum.getString("source.en").startsWith("News article"), forum.getString("source.en"));
        assertTrue(forum.getString("source.ru").startsWith("Новостная статья"));
        assertTrue(forum.getString("source.kk").contains("жаңалық мақаласы"));
        assertEquals(Map.of(), forum.getMap("organiser"), "the article names no organiser; none is guessed");
    }

    @Test
    void hasTheExpertDiscussionAndTheConclusion() {
        JsonPath forum = forum();
        assertEquals(List.of("PANEL", "EXPERT_DISCUSSION", "CLOSING"), forum.getList("agenda.kind"));
        assertEquals(5, forum.getList("agenda[1].participantIds").size());
        Map<String, String> outcome = forum.getMap("outcome");
        assertEquals(3, outcome.size());
        assertTrue(outcome.get("ru").contains("стратегический выбор"));
        // the article's closing assessment, told apart as the publication's own
        assertTrue(outcome.get("en").contains("The publication's assessment"));
        assertTrue(outcome.get("ru").contains("Оценка издания"));
    }

    @Test
    void hasASummaryWrittenByPikirNotAPressRelease() {
        JsonPath forum = forum();
        given().when().get("/api/events/" + DemoForumSeed.ALMATY_SLUG)
                .then().body("materials", hasSize(1))
                .body("materials[0].kind", equalTo("SUMMARY"))
                .body("materials[0].language", equalTo("ru"))
                .body("materials[0].title.keySet()", hasItems("kk", "ru", "en"))
                .body("materials[0].title.en", containsString("written by Pikir"));
        String text = given().when().get(forum.getString("materials[0].file.url")).then().statusCode(200)
                .extract().asString();
        assertTrue(text.startsWith("Краткое изложение, подготовленное Pikir"), text);
        assertTrue(text.contains("не является пресс-релизом"));
    }

    @Test
    void titlesAndSummariesInThreeLanguagesAndAnOpenConsultation() {
        given().when().get("/api/events/" + DemoForumSeed.ALMATY_SLUG)
                .then().body("title.kk", containsString("Конституциялық"))
                .body("summary.en", containsString("Almaty"))
                .body("description.ru", containsString("референдум"))
                .body("consultation.open", equalTo(true))
                .body("date", equalTo("2026-02-25"));
    }
}
