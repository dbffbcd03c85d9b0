package org.pikir.events.event;

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
import static org.pikir.events.event.EventListTest.searchFinds;
import static org.pikir.events.event.EventListTest.searchMisses;

/**
 * A forum's city, venue, organiser and source per language, and search that folds Kazakh letters onto their Russian
 * look-alikes both ways and finds a forum by its city, organiser and source.
 */
@QuarkusTest
class PlacesAndSearchTest {

    private static final String ALMATY = "almaty-2026-02-25-constitutional-reform";

    private static RequestSpecification editor() {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON);
    }

    private static String publishedForum() {
        String slug = "places-" + UUID.randomUUID().toString().substring(0, 8);
        editor().body("""
                {"slug":"%s","title":{"ru":"Слушания о дорогах"},"city":{"kk":"Қарағанды","ru":"Караганда","en":"Karaganda"},
                 "venue":"Дом дружбы","organiser":{"kk":"Облыстық қоғамдық кеңес","ru":"Областной общественный совет"},
                 "source":{"en":"Regional broadcaster's report"},"date":"2027-06-01"}""".formatted(slug))
                .when().post("/api/events").then().statusCode(201);
        editor().when().post("/api/events/" + slug + "/publish").then().statusCode(200);
        return slug;
    }

    @Test
    void placesAreObjectsKeyedByLanguageAndAPlainStringStandsForEveryLanguage() {
        String slug = publishedForum();
        given().when().get("/api/events/" + slug).then().statusCode(200)
                .body("city", equalTo(Map.of("kk", "Қарағанды", "ru", "Караганда", "en", "Karaganda")))
                .body("venue", equalTo(Map.of("kk", "Дом дружбы", "ru", "Дом дружбы", "en", "Дом дружбы")))
                .body("organiser.ru", equalTo("Областной общественный совет"))
                .body("source", equalTo(Map.of("en", "Regional broadcaster's report")));
        given().queryParam("city", "Karaganda").when().get("/api/events").then().body("items.slug", hasItem(slug))
                .body("items.find { it.slug == '%s' }.city.kk".formatted(slug), equalTo("Қарағанды"));
        given().queryParam("city", "караганда").when().get("/api/events").then().body("items.slug", hasItem(slug));
        editor().body("""
                {"slug":"%s","title":{"ru":"Форум"},"city":{"ru":"Караганда","de":"Karaganda"},"date":"2027-06-01"}"""
                .formatted("bad-" + slug)).when().post("/api/events").then().statusCode(400)
                .body("errors.field", hasItem("city"));
    }

    @Test
    void anEditThatLeavesOutTheSourceKeepsIt() {
        String slug = publishedForum();
        editor().body("""
                {"slug":"%s","title":{"ru":"Слушания о дорогах"},"city":"Караганда","date":"2027-06-01"}""".formatted(slug))
                .when().put("/api/events/" + slug).then().statusCode(200)
                .body("source.en", equalTo("Regional broadcaster's report"))
                .body("organiser", equalTo(Map.of()));
    }

    @Test
    void kazakhLettersAndTheirRussianLookAlikesFindEachOther() {
        // the Almaty forum's Kazakh summary speaks of "қоғамдық сектор"
        searchFinds("қоғам", ALMATY);
        searchFinds("когам", ALMATY);
        searchFinds("Конституциялык", ALMATY);
        // and the other way: a text typed without Kazakh letters is found with them
        String slug = publishedForum();
        searchFinds("Облыстык когамдык кенес", slug);
        searchFinds("облыстық", slug);
        searchMisses("облыстық", ALMATY);
    }

    @Test
    void aForumIsFoundByItsCityInAnyLanguageItsOrganiserAndItsSource() {
        searchFinds("Алматы", ALMATY);
        searchFinds("Almaty", ALMATY);
        searchFinds("news article", ALMATY);
        String slug = publishedForum();
        searchFinds("Karaganda", slug);
        searchFinds("Қарағанды", slug);
        searchFinds("общественный совет", slug);
        searchFinds("broadcaster", slug);
        searchMisses("broadcaster", ALMATY);
    }
}
