package org.pikir.feedback.analysis.theme;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.net.URI;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.comment;
import static org.pikir.feedback.Feedback.recommendation;
import static org.pikir.feedback.analysis.Analysis.asModerator;
import static org.pikir.feedback.analysis.Analysis.base;
import static org.pikir.feedback.analysis.Analysis.count;
import static org.pikir.feedback.analysis.Analysis.rows;
import static org.pikir.feedback.analysis.Analysis.suggestedTheme;
import static org.pikir.feedback.analysis.Analysis.tag;
import static org.pikir.feedback.analysis.Analysis.theme;

@QuarkusTest
class ThemeResourceTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    private String event;

    @BeforeEach
    void forum() {
        event = OpenEvents.open(events);
    }

    private long audited(String action, long theme) {
        return count(db, "select count(*) from audit_entry where action = ? and target_type = 'theme' and target_id = ?",
                action, String.valueOf(theme));
    }

    @Test
    void staffCreateAThemeWithNamesInThreeLanguagesAndReadItBack() {
        var created = asModerator().body("""
                        {"name":{"kk":"Сот","ru":"Суды","en":"Courts"},"description":{"ru":"Независимость судей"}}""")
                .when().post(base(event) + "/themes")
                .then().statusCode(201).extract();
        int id = created.path("id");
        assertEquals("/api/feedback/analysis/" + event + "/themes/" + id, URI.create(created.header("Location")).getPath());
        asModerator().when().get(base(event) + "/themes/" + id).then().statusCode(200)
                .body("eventSlug", equalTo(event)).body("status", equalTo("ACCEPTED")).body("origin", equalTo("MANUAL"))
                .body("name.kk", equalTo("Сот")).body("name.en", equalTo("Courts"))
                .body("description.ru", equalTo("Независимость судей")).body("description.kk", nullValue())
                .body("terms", hasSize(0)).body("quotes", hasSize(0)).body("itemCount", equalTo(0))
                .body("response", nullValue()).body("createdAt", notNullValue()).body("version", equalTo(0));
        assertEquals(1, audited("analysis.theme.create", id));
    }

    @Test
    void aNameIsRequiredAndBoundedAndTheFieldIsNamed() {
        asModerator().body("{\"name\":{}}").when().post(base(event) + "/themes")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        asModerator().body("{\"name\":{\"ru\":\"%s\"}}".formatted("я".repeat(121))).when().post(base(event) + "/themes")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        asModerator().body("{\"name\":{\"ru\":\"Суды\"},\"description\":{\"de\":\"Gerichte\"}}")
                .when().post(base(event) + "/themes")
                .then().statusCode(400).body("errors[0].field", equalTo("description"));
    }

    @Test
    void citizensAreRefusedAnonymousCallersMustSignInAndUnknownForumsAreNotFound() {
        given().auth().oauth2(citizen("theme-reader")).when().get(base(event) + "/themes").then().statusCode(403);
        given().auth().oauth2(citizen("theme-writer")).contentType(ContentType.JSON).body("{\"name\":{\"ru\":\"Суды\"}}")
                .when().post(base(event) + "/themes").then().statusCode(403);
        given().when().get(base(event) + "/themes").then().statusCode(401);
        OpenEvents.unknown(events, "no-such-forum");
        asModerator().when().get(base("no-such-forum") + "/themes").then().statusCode(404);
    }

    @Test
    void everyThemeWriteRefusesCitizensAndAnonymousCallersAndChangesNothing() {
        long theme = theme(event, "Неизменная");
        String path = base(event) + "/themes/" + theme;
        List<String[]> writes = List.of(new String[] {"PUT", path, "{\"name\":{\"ru\":\"Другая\"}}"},
                new String[] {"POST", path + "/accept", "{}"}, new String[] {"POST", path + "/discard", "{}"},
                new String[] {"POST", path + "/merge", "{\"into\":" + theme + "}"},
                new String[] {"POST", path + "/split", "{\"name\":{\"ru\":\"Часть\"},\"items\":[]}"},
                new String[] {"PUT", path + "/response", "{\"text\":{\"ru\":\"Ответ\"}}"});
        for (String[] write : writes) {
            given().auth().oauth2(citizen("theme-intruder")).contentType(ContentType.JSON).body(write[2])
                    .when().request(write[0], write[1]).then().statusCode(403);
            given().contentType(ContentType.JSON).body(write[2]).when().request(write[0], write[1]).then().statusCode(401);
        }
        asModerator().when().get(path).then().statusCode(200).body("name.ru", equalTo("Неизменная"))
                .body("status", equalTo("ACCEPTED")).body("response", nullValue()).body("version", equalTo(0));
    }

    @Test
    void aThemeOfAnotherForumIsNotFound() {
        long other = theme(OpenEvents.open(events), "Чужая тема");
        asModerator().when().get(base(event) + "/themes/" + other).then().statusCode(404)
                .contentType("application/problem+json");
        asModerator().when().post(base(event) + "/themes/" + other + "/discard").then().statusCode(404);
    }

    @Test
    void theCodebookListsAcceptedThemesFirstThenSuggestedOnesMostItemsFirstInPages() {
        long few = theme(event, "Мало");
        long many = theme(event, "Много");
        long suggested = suggestedTheme(db, event, "суд; судья; независимость");
        long discarded = theme(event, "Отброшенная");
        asModerator().when().post(base(event) + "/themes/" + discarded + "/discard").then().statusCode(200);
        int first = comment(citizen("lister"), event, "Первый");
        int second = comment(citizen("lister"), event, "Второй");
        tag(db, event, "COMMENT", first, many, false);
        tag(db, event, "COMMENT", second, many, false);
        tag(db, event, "COMMENT", first, few, false);
        tag(db, event, "COMMENT", second, suggested, true);

        asModerator().when().get(base(event) + "/themes").then().statusCode(200)
                .body("items.id", contains((int) many, (int) few, (int) suggested))
                .body("items[0].itemCount", equalTo(2)).body("items[2].suggestedCount", equalTo(1))
                .body("items[2].terms", contains("суд", "судья", "независимость"));
        String next = asModerator().queryParam("size", 2).when().get(base(event) + "/themes").then().statusCode(200)
                .body("items.id", contains((int) many, (int) few)).extract().path("nextCursor");
        asModerator().queryParam("size", 2).queryParam("after", next).when().get(base(event) + "/themes")
                .then().statusCode(200).body("items.id", contains((int) suggested)).body("nextCursor", nullValue());
        asModerator().queryParam("status", "DISCARDED").when().get(base(event) + "/themes")
                .then().statusCode(200).body("items.id", contains((int) discarded));
        asModerator().queryParam("status", "GONE").when().get(base(event) + "/themes")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        asModerator().queryParam("after", "not-a-cursor").when().get(base(event) + "/themes")
                .then().statusCode(400).body("errors[0].field", equalTo("after"));
    }

    @Test
    void aSuggestedThemeIsAcceptedOnceAndItsSuggestedTagsStaySuggested() {
        long suggested = suggestedTheme(db, event, "земля, ресурсы");
        int item = comment(citizen("accepted"), event, "Земля принадлежит народу");
        tag(db, event, "COMMENT", item, suggested, true);
        asModerator().when().post(base(event) + "/themes/" + suggested + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("origin", equalTo("SUGGESTED"))
                .body("suggestedCount", equalTo(1)).body("itemCount", equalTo(0));
        asModerator().when().post(base(event) + "/themes/" + suggested + "/accept").then().statusCode(409)
                .contentType("application/problem+json");
        assertEquals(1, audited("analysis.theme.accept", suggested));
    }

    @Test
    void discardingRemovesTheThemesTagsAndADiscardedThemeCannotBeDiscardedOrRenamedIntoMerged() {
        long accepted = theme(event, "Выборы");
        int item = comment(citizen("discarded"), event, "О выборах");
        tag(db, event, "COMMENT", item, accepted, false);
        asModerator().when().post(base(event) + "/themes/" + accepted + "/discard").then().statusCode(200)
                .body("status", equalTo("DISCARDED")).body("itemCount", equalTo(0));
        assertEquals(0, count(db, "select count(*) from item_theme where theme_id = ?", accepted));
        asModerator().when().post(base(event) + "/themes/" + accepted + "/discard").then().statusCode(409);
        asModerator().when().post(base(event) + "/themes/" + accepted + "/accept").then().statusCode(409);
        asModerator().body("{\"name\":{\"ru\":\"Выборы и референдумы\"}}").when().put(base(event) + "/themes/" + accepted)
                .then().statusCode(200).body("name.ru", equalTo("Выборы и референдумы")).body("version", equalTo(2));
        assertEquals(1, audited("analysis.theme.update", accepted));
    }

    @Test
    void mergingMovesEveryTagWithoutDuplicatesAndAConfirmedTagStaysConfirmed() {
        long from = theme(event, "Акимы");
        long into = theme(event, "Местное самоуправление");
        int both = comment(citizen("merger"), event, "Выборы акимов");
        int onlyFrom = comment(citizen("merger"), event, "Акимы районов");
        int suggestedInInto = recommendation(citizen("merger"), event, "Бюджет сёл");
        tag(db, event, "COMMENT", both, from, false);
        tag(db, event, "COMMENT", both, into, true);
        tag(db, event, "COMMENT", onlyFrom, from, true);
        tag(db, event, "RECOMMENDATION", suggestedInInto, from, false);
        asModerator().body("{\"into\":%d}".formatted(into)).when().post(base(event) + "/themes/" + from + "/merge")
                .then().statusCode(200).body("id", equalTo((int) into))
                .body("itemCount", equalTo(2)).body("suggestedCount", equalTo(1));
        asModerator().when().get(base(event) + "/themes/" + from).then().statusCode(200)
                .body("status", equalTo("MERGED")).body("mergedInto", equalTo((int) into)).body("itemCount", equalTo(0));
        assertEquals("f", rows(db, "select suggested from item_theme where item_id = ? and theme_id = ?",
                (long) both, into).get(0).get(0));
        asModerator().body("{\"name\":{\"ru\":\"Снова\"}}").when().put(base(event) + "/themes/" + from)
                .then().statusCode(409);
        assertEquals(1, audited("analysis.theme.merge", from));
    }

    @Test
    void aMergeTargetMustBeAnotherLiveThemeOfTheSameForum() {
        long theme = theme(event, "Язык");
        long discarded = theme(event, "Отброшено");
        asModerator().when().post(base(event) + "/themes/" + discarded + "/discard").then().statusCode(200);
        long elsewhere = theme(OpenEvents.open(events), "Язык");
        for (long into : List.of(theme, discarded, elsewhere, 999_999_999L)) {
            asModerator().body("{\"into\":%d}".formatted(into)).when().post(base(event) + "/themes/" + theme + "/merge")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("into"));
        }
        asModerator().body("{}").when().post(base(event) + "/themes/" + theme + "/merge")
                .then().statusCode(400).body("errors[0].field", equalTo("into"));
    }

    @Test
    void splittingMovesTheListedItemsTagsToANewAcceptedTheme() {
        long broad = theme(event, "Права");
        int speech = comment(citizen("splitter"), event, "Свобода слова");
        int assembly = comment(citizen("splitter"), event, "Свобода собраний");
        int stays = comment(citizen("splitter"), event, "Право на образование");
        int untagged = comment(citizen("splitter"), event, "Без темы");
        for (int item : List.of(speech, assembly, stays)) {
            tag(db, event, "COMMENT", item, broad, false);
        }
        int split = asModerator().body("""
                        {"name":{"ru":"Свободы"},"items":[{"type":"COMMENT","id":%d},{"type":"COMMENT","id":%d}]}"""
                        .formatted(speech, assembly))
                .when().post(base(event) + "/themes/" + broad + "/split")
                .then().statusCode(201).header("Location", notNullValue())
                .body("status", equalTo("ACCEPTED")).body("origin", equalTo("MANUAL")).body("itemCount", equalTo(2))
                .extract().path("id");
        asModerator().when().get(base(event) + "/themes/" + broad).then().body("itemCount", equalTo(1));
        asModerator().body("{\"name\":{\"ru\":\"Ещё\"},\"items\":[{\"type\":\"COMMENT\",\"id\":%d}]}".formatted(untagged))
                .when().post(base(event) + "/themes/" + broad + "/split")
                .then().statusCode(422).body("errors[0].field", equalTo("items"));
        asModerator().body("{\"name\":{\"ru\":\"Ещё\"},\"items\":[]}")
                .when().post(base(event) + "/themes/" + broad + "/split")
                .then().statusCode(400).body("errors[0].field", equalTo("items"));
        assertEquals(1, audited("analysis.theme.split", broad));
        assertEquals(2, count(db, "select count(*) from item_theme where theme_id = ?", (long) split));
    }

    @Test
    void anAcceptedThemeGetsAPublicResponseThatBlankTextRemoves() {
        long theme = theme(event, "Парламент");
        asModerator().body("{\"text\":{\"ru\":\"Мы предложим однопалатный парламент.\",\"kk\":\"Бір палаталы.\"}}")
                .when().put(base(event) + "/themes/" + theme + "/response")
                .then().statusCode(200).body("response.ru", equalTo("Мы предложим однопалатный парламент."))
                .body("response.kk", equalTo("Бір палаталы.")).body("response.en", nullValue())
                .body("respondedBy", equalTo("moderator")).body("respondedAt", notNullValue());
        asModerator().body("{\"text\":{\"ru\":\"%s\"}}".formatted("ж".repeat(5001)))
                .when().put(base(event) + "/themes/" + theme + "/response")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        asModerator().body("{\"text\":{\"ru\":\"  \"}}").when().put(base(event) + "/themes/" + theme + "/response")
                .then().statusCode(200).body("response", nullValue()).body("respondedAt", nullValue());
        long suggested = suggestedTheme(db, event, "референдум");
        asModerator().body("{\"text\":{\"ru\":\"Ответ\"}}").when().put(base(event) + "/themes/" + suggested + "/response")
                .then().statusCode(409);
        assertEquals(2, audited("analysis.theme.respond", theme));
        given().auth().oauth2(TestTokens.admin()).when().get(base(event) + "/themes/" + theme).then().statusCode(200);
    }
}
