package org.pikir.events.seed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A database seeded by the older demo (two quotes, a press release, one-language places) is completed once. */
@QuarkusTest
class DemoForumCompletionTest {

    @Inject
    DemoForumSeed seed;

    @Inject
    EntityManager db;

    private static JsonPath forum() {
        return given().when().get("/api/events/" + DemoForumSeed.ALMATY_SLUG).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anOlderDemoForumGetsTheReportedStatementsTranslationsLatinNamesSourceAndSummary() {
        QuarkusTransaction.requiringNew().run(() -> {
            String forum = "(select id from event where slug = '" + DemoForumSeed.ALMATY_SLUG + "')";
            db.createNativeQuery("delete from statement where kind = 'REPORTED' and event_id = " + forum).executeUpdate();
            db.createNativeQuery("update statement set translations = '{}' where event_id = " + forum).executeUpdate();
            db.createNativeQuery("update participant set latin_name = null where event_id = " + forum).executeUpdate();
            db.createNativeQuery("update material set kind = 'PRESS_RELEASE' where event_id = " + forum).executeUpdate();
            db.createNativeQuery("""
                    update event set city = '{"kk": "Алматы", "ru": "Алматы", "en": "Алматы"}',
                    source = '{"kk": "Kazpravda.kz", "ru": "Kazpravda.kz", "en": "Kazpravda.kz"}', version = version + 1
                    where slug = '""" + DemoForumSeed.ALMATY_SLUG + "'").executeUpdate();
        });
        assertEquals(2, forum().getList("statements").size(), "the older demo's state");

        seed.onStart(null);
        seed.onStart(null);

        JsonPath forum = forum();
        assertEquals(List.of("REPORTED", "QUOTE", "REPORTED", "QUOTE"), forum.getList("statements.kind"));
        assertTrue(forum.getString("statements[1].text").startsWith("Проект нового Основного закона"));
        assertTrue(forum.getString("statements[1].translations.en").startsWith("The draft of the country's new Basic Law"));
        assertEquals("Aigerim Sarsenbayeva", forum.getString("participants[1].latinName"));
        assertEquals(Map.of("kk", "Алматы", "ru", "Алматы", "en", "Almaty"), forum.getMap("city"));
        assertTrue(forum.getString("source.en").startsWith("News article"));
        assertEquals(List.of("SUMMARY"), forum.getList("materials.kind"), "the press release is replaced, once");
    }
}
