package org.pikir.feedback.analysis.item;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.SqlStatements;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;

import javax.sql.DataSource;
import java.util.List;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.analysis.Analysis.asModerator;
import static org.pikir.feedback.analysis.Analysis.base;
import static org.pikir.feedback.analysis.Analysis.comments;
import static org.pikir.feedback.analysis.Analysis.count;
import static org.pikir.feedback.analysis.Analysis.recommendations;
import static org.pikir.feedback.analysis.Analysis.suggestedTheme;
import static org.pikir.feedback.analysis.Analysis.tag;
import static org.pikir.feedback.analysis.Analysis.theme;

@QuarkusTest
class TagResourceTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Inject
    @PersistenceUnitExtension
    SqlStatements statements;

    private String event;

    @BeforeEach
    void forum() {
        event = OpenEvents.open(events);
    }

    private static String refs(String type, List<Long> ids) {
        return ids.stream().map(id -> "{\"type\":\"" + type + "\",\"id\":" + id + "}").collect(Collectors.joining(","));
    }

    private static long tagged(String event, String body) {
        return asModerator().body(body).when().post(base(event) + "/tags")
                .then().statusCode(200).extract().jsonPath().getLong("affected");
    }

    private long tags(long theme, boolean suggested) {
        return count(db, "select count(*) from item_theme where theme_id = ? and suggested = ?", theme, suggested);
    }

    @Test
    void aThousandListedItemsAreTaggedWithTwoThemesInAFixedNumberOfStatements() {
        List<Long> comments = comments(db, event, 700, "ru", 0);
        List<Long> recommendations = recommendations(db, event, 300, "kk", 0);
        long courts = theme(event, "Суды");
        long judges = theme(event, "Судьи");
        tag(db, event, "COMMENT", comments.get(0), courts, true);
        String body = "{\"action\":\"ADD\",\"themes\":[%d,%d],\"items\":[%s,%s]}"
                .formatted(courts, judges, refs("COMMENT", comments), refs("RECOMMENDATION", recommendations));
        // how long it takes is bench/analysis's figure; here: the work does not grow with the items
        List<String> sent = statements.during(() -> assertEquals(2000, tagged(event, body)));
        // the items' check, the themes' check, one insert per theme, clearing no-theme marks, the audit entry
        assertEquals(6, sent.size(), String.join("\n", sent));
        assertEquals(1000, tags(courts, false));
        assertEquals(1000, tags(judges, false));
        assertEquals(0, tags(courts, true));
        assertEquals(0, tagged(event, body));
        assertEquals(2, count(db, "select count(*) from audit_entry where action = 'analysis.tag' and target_id = ?", event));
    }

    @Test
    void aFilterSelectsTheNewestMatchingItemsUpToTheLimit() {
        List<Long> comments = comments(db, event, 30, "ru", 0);
        recommendations(db, event, 5, "en", 100);
        long theme = theme(event, "Язык");
        assertEquals(10, tagged(event, "{\"action\":\"ADD\",\"themes\":[%d],\"filter\":{\"language\":\"ru\"},\"limit\":10}"
                .formatted(theme)));
        assertEquals(10, count(db, "select count(*) from item_theme where theme_id = ? and item_id >= ?", theme,
                comments.get(20)));
        assertEquals(20, tagged(event, "{\"action\":\"NO_THEME\",\"filter\":{\"type\":\"COMMENT\",\"untagged\":true}}"));
        assertEquals(5, asModerator().queryParam("untagged", true).when().get(base(event) + "/items")
                .then().statusCode(200).extract().jsonPath().getList("items").size());
        asModerator().body("{\"action\":\"ADD\",\"themes\":[%d],\"filter\":{\"article\":\"article-1\"}}".formatted(theme))
                .when().post(base(event) + "/tags").then().statusCode(400).body("errors[0].field", equalTo("filter.article"));
        asModerator().body("{\"action\":\"ADD\",\"themes\":[%d],\"filter\":{\"language\":\"de\"}}".formatted(theme))
                .when().post(base(event) + "/tags").then().statusCode(400).body("errors[0].field", equalTo("filter.language"));
        asModerator().body("{\"action\":\"ADD\",\"themes\":[%d],\"filter\":{},\"limit\":10001}".formatted(theme))
                .when().post(base(event) + "/tags").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void removeConfirmAndTheNoThemeMarkChangeOnlyWhatTheyName() {
        List<Long> items = comments(db, event, 3, "ru", 0);
        long accepted = theme(event, "Акимы");
        long other = theme(event, "Бюджет");
        long suggested = suggestedTheme(db, event, "аким, выборы");
        for (long item : items) {
            tag(db, event, "COMMENT", item, accepted, true);
            tag(db, event, "COMMENT", item, other, true);
            tag(db, event, "COMMENT", item, suggested, true);
        }
        String two = refs("COMMENT", items.subList(0, 2));
        assertEquals(2, tagged(event, "{\"action\":\"CONFIRM\",\"themes\":[%d],\"items\":[%s]}".formatted(accepted, two)));
        assertEquals(2, tags(accepted, false));
        assertEquals(0, tags(other, false));
        // without themes: every suggested tag of the items, of accepted themes only
        assertEquals(1, tagged(event, "{\"action\":\"CONFIRM\",\"items\":[%s]}".formatted(refs("COMMENT", items.subList(0, 1)))));
        assertEquals(1, tags(other, false));
        assertEquals(0, tags(suggested, false));
        assertEquals(3, tagged(event, "{\"action\":\"REMOVE\",\"themes\":[%d],\"items\":[%s]}"
                .formatted(suggested, refs("COMMENT", items))));
        assertEquals(0, tags(suggested, true));

        assertEquals(2, tagged(event, "{\"action\":\"NO_THEME\",\"items\":[%s]}".formatted(two)));
        assertEquals(0, tagged(event, "{\"action\":\"NO_THEME\",\"items\":[%s]}".formatted(two)));
        assertEquals(1, tagged(event, "{\"action\":\"CLEAR_NO_THEME\",\"items\":[%s]}"
                .formatted(refs("COMMENT", items.subList(1, 2)))));
        assertEquals(1, count(db, "select count(*) from item_analysis where event_slug = ? and no_theme", event));
        // tagging an item marked "no theme" clears the mark
        tagged(event, "{\"action\":\"ADD\",\"themes\":[%d],\"items\":[%s]}".formatted(other, two));
        assertEquals(0, count(db, "select count(*) from item_analysis where event_slug = ? and no_theme", event));
    }

    @Test
    void themesAndItemsThatDoNotFitAreRefusedNamingTheFieldAndNothingChanges() {
        List<Long> items = comments(db, event, 2, "ru", 0);
        long accepted = theme(event, "Права");
        long suggested = suggestedTheme(db, event, "права");
        String elsewhere = OpenEvents.open(events);
        long foreignTheme = theme(elsewhere, "Чужая");
        long foreignItem = comments(db, elsewhere, 1, "ru", 0).get(0);
        String mine = refs("COMMENT", items);
        record Refusal(String body, int status, String field) {
        }
        for (Refusal refusal : List.of(
                new Refusal("{\"action\":\"ADD\",\"themes\":[%d],\"items\":[%s]}".formatted(suggested, mine), 422, "themes"),
                new Refusal("{\"action\":\"ADD\",\"themes\":[%d],\"items\":[%s]}".formatted(foreignTheme, mine), 422, "themes"),
                new Refusal("{\"action\":\"ADD\",\"themes\":[],\"items\":[%s]}".formatted(mine), 422, "themes"),
                new Refusal("{\"action\":\"NO_THEME\",\"themes\":[%d],\"items\":[%s]}".formatted(accepted, mine), 422, "themes"),
                new Refusal("{\"action\":\"ADD\",\"themes\":[%d],\"items\":[%s,{\"type\":\"COMMENT\",\"id\":%d}]}"
                        .formatted(accepted, mine, foreignItem), 422, "items"),
                new Refusal("{\"action\":\"ADD\",\"themes\":[%d],\"items\":[{\"type\":\"RECOMMENDATION\",\"id\":%d}]}"
                        .formatted(accepted, items.get(0)), 422, "items"),
                new Refusal("{\"action\":\"ADD\",\"themes\":[%d]}".formatted(accepted), 422, "items"),
                new Refusal("{\"action\":\"ADD\",\"themes\":[%d],\"items\":[%s],\"filter\":{}}".formatted(accepted, mine), 422, "items"),
                new Refusal("{\"action\":\"PAINT\",\"items\":[%s]}".formatted(mine), 400, "action"),
                new Refusal("{\"themes\":[%d],\"items\":[%s]}".formatted(accepted, mine), 400, "action"),
                new Refusal("{\"action\":\"ADD\",\"themes\":[%d],\"items\":[%s]}".formatted(accepted,
                        refs("COMMENT", java.util.stream.LongStream.rangeClosed(1, 1001).boxed().toList())), 400, "items"))) {
            asModerator().body(refusal.body()).when().post(base(event) + "/tags")
                    .then().statusCode(refusal.status()).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(refusal.field()));
        }
        assertEquals(0, count(db, "select count(*) from item_theme where event_slug = ?", event));
        given().auth().oauth2(citizen("tagger")).contentType("application/json")
                .body("{\"action\":\"NO_THEME\",\"items\":[%s]}".formatted(mine))
                .when().post(base(event) + "/tags").then().statusCode(403);
        given().contentType("application/json").body("{\"action\":\"NO_THEME\",\"items\":[%s]}".formatted(mine))
                .when().post(base(event) + "/tags").then().statusCode(401);
    }
}
