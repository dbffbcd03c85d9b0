package org.pikir.events.seed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Almaty forum's demonstration draft: two published versions in ru and kk, a diff and a filled table. */
@QuarkusTest
class DemoDraftTest {

    private static final String DRAFTS = "/api/events/" + DemoForumSeed.ALMATY_SLUG + "/drafts";

    @Inject
    DemoForumSeed seed;

    @Inject
    EntityManager db;

    private static JsonPath demoDrafts() {
        return given().when().get(DRAFTS).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theForumHasADemonstrationDraftWithTwoVersionsAndAFilledTable() {
        JsonPath list = demoDrafts();
        assertEquals(1, list.getList("").size());
        assertTrue(list.getBoolean("[0].demonstration"));
        assertEquals(2, list.getInt("[0].currentVersion"));
        assertEquals(List.of("ru", "kk"), list.getList("[0].languages"));
        assertEquals(8, list.getInt("[0].articleCount"));
        assertTrue(list.getString("[0].title.ru").contains("демонстрационный текст"));
        long id = list.getLong("[0].id");

        JsonPath kk = given().when().get(DRAFTS + "/" + id + "/versions/2?language=kk").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(kk.getString("units[0].text").startsWith("Демонстрациялық мәтін."));
        assertEquals(3, kk.getList("units.findAll { it.kind == 'CHAPTER' }").size());

        JsonPath diff = given().when().get(DRAFTS + "/" + id + "/diff?from=1&to=2&language=kk").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("article-1-p-2", "article-3", "article-4-p-2-s-1", "article-5-p-2", "article-8-p-3"),
                diff.getList("units.key"));
        assertEquals(List.of("CHANGED", "CHANGED", "CHANGED", "REMOVED", "ADDED"), diff.getList("units.change"));

        JsonPath table = given().when().get(DRAFTS + "/" + id + "/versions/2/table?language=ru").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(5, table.getList("rows").size());
        assertTrue(table.getList("rows.justification.ru").stream().allMatch(j -> j != null && !j.toString().isBlank()));
        assertTrue(table.getList("rows.justification.kk").stream().allMatch(j -> j != null && !j.toString().isBlank()));

        given().when().get("/api/events/" + DemoForumSeed.ALMATY_SLUG).then().statusCode(200)
                .body("drafts[0].id", org.hamcrest.Matchers.equalTo((int) id));
    }

    @Test
    void aForumSeededBeforeDraftsGetsItsDemonstrationDraftOnce() {
        QuarkusTransaction.requiringNew().run(() -> db.createNativeQuery("delete from draft where event_id = "
                + "(select id from event where slug = '" + DemoForumSeed.ALMATY_SLUG + "')").executeUpdate());
        assertEquals(0, demoDrafts().getList("").size());

        seed.onStart(null);
        seed.onStart(null);

        JsonPath list = demoDrafts();
        assertEquals(1, list.getList("").size());
        assertEquals(2, list.getInt("[0].currentVersion"));
    }
}
