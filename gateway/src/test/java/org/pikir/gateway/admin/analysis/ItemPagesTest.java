package org.pikir.gateway.admin.analysis;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.pikir.gateway.admin.EditorRequests.assertJson;
import static org.pikir.gateway.admin.EditorRequests.posting;
import static org.pikir.gateway.admin.EditorRequests.problem;

/**
 * The analysis list of a forum's items: its filters passed on to feedback-service, cursor pages, the bulk form on
 * checked items or on everything the filter finds, confirming a suggested tag, splitting a theme and the note, each
 * refusal next to its field and the list's filter kept.
 */
@QuarkusTest
class ItemPagesTest {

    private AnalysisStubs stubs;
    private String items;

    @BeforeEach
    void stubServices() {
        stubs = new AnalysisStubs();
        items = stubs.page + "/items";
    }

    @Test
    void theFiltersGoToFeedbackServiceAndEachItemShowsItsThemesAndNote() {
        String html = given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).header("Accept-Language", "en")
                .queryParam("type", "COMMENT").queryParam("language", "ru").queryParam("suggested", "true")
                .queryParam("theme", "12").queryParam("q", "суд").queryParam("status", "all")
                .queryParam("type-bogus", "x").queryParam("campaign", "not-a-number")
                .when().get(items)
                .then().statusCode(200).extract().asString();

        Stubs.feedback().verifyThat(1, getRequestedFor(urlPathEqualTo(stubs.api + "/items"))
                .withQueryParam("type", WireMock.equalTo("COMMENT")).withQueryParam("language", WireMock.equalTo("ru"))
                .withQueryParam("suggested", WireMock.equalTo("true")).withQueryParam("theme", WireMock.equalTo("12"))
                .withQueryParam("q", WireMock.equalTo("суд")).withQueryParam("status", WireMock.equalTo("all"))
                .withQueryParam("campaign", WireMock.absent()).withQueryParam("size", WireMock.equalTo("50"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("moderator"))));
        assertThat(html, containsString("<input type=\"checkbox\" id=\"select-COMMENT-501\" name=\"item\" value=\"COMMENT:501\" form=\"bulk-form\">"));
        assertThat(html, containsString("<label for=\"select-COMMENT-501\">Comment by Асель</label>"));
        assertThat(html, containsString("<span class=\"tag\">Independent courts</span>"));
        assertThat(html, containsString("<span class=\"tag tag--new\">суд, судья, акимат (suggested 0.61)</span>"));
        assertThat(html, containsString("Confirm “суд, судья, акимат”"));
        assertThat(html, containsString(">Проверить цитату</textarea>"));
        assertThat(html, containsString("<span class=\"tag\">no theme</span>"));
        assertThat(html, containsString("<label for=\"note-RECOMMENDATION-77\">"));
        assertThat(html, containsString("<option value=\"12\" selected>суд, судья, акимат (suggested)</option>"));
        assertThat(html, containsString("<input type=\"checkbox\" id=\"filter-suggested\" name=\"suggested\" value=\"true\" checked>"));
        assertThat(html, containsString("action=\"" + items + "/tags?type=COMMENT&amp;language=ru&amp;status=all&amp;theme=12&amp;suggested=true&amp;q=%D1%81%D1%83%D0%B4\""));
        assertThat(html, containsString("href=\"" + items + "?type=COMMENT&amp;language=ru&amp;status=all&amp;theme=12&amp;suggested=true&amp;q=%D1%81%D1%83%D0%B4&amp;after=c2\" rel=\"next\""));
        assertThat("only accepted themes may be added", html, containsString("<input type=\"checkbox\" id=\"bulk-theme-11\" name=\"theme\" value=\"11\">"));
        assertThat(html.contains("id=\"bulk-theme-12\""), org.hamcrest.Matchers.is(false));
    }

    @Test
    void checkedItemsAreTaggedAndTheListComesBackWithItsFilter() {
        String session = SignIn.as("moderator");
        PageForm form = AnalysisStubs.formOn(session, items);
        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/tags")).willReturn(Stubs.json(200, "{\"affected\":2}")));

        posting(session, form, "en").queryParam("untagged", "true")
                .formParam("action", "ADD").formParam("theme", "11").formParam("scope", "checked")
                .formParam("item", "COMMENT:501").formParam("item", "RECOMMENDATION:77").formParam("item", "BOGUS:1")
                .when().post(items + "/tags")
                .then().statusCode(303)
                .header("Location", endsWith(items + "?untagged=true&done=tagged&affected=2"));
        assertJson("{\"action\":\"ADD\",\"themes\":[11],\"items\":[{\"type\":\"COMMENT\",\"id\":501},"
                        + "{\"type\":\"RECOMMENDATION\",\"id\":77}]}",
                AnalysisStubs.only(postRequestedFor(urlPathEqualTo(stubs.api + "/tags"))));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(items + "?untagged=true&done=tagged&affected=2")
                .then().statusCode(200).body(containsString("<p class=\"success\" role=\"status\">Items changed: 2.</p>"));
    }

    @Test
    void everythingTheFilterFindsIsMarkedWithoutTheme() {
        String session = SignIn.as("admin");
        PageForm form = AnalysisStubs.formOn(session, items);
        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/tags")).willReturn(Stubs.json(200, "{\"affected\":840}")));

        posting(session, form, "en").queryParam("language", "en").queryParam("q", "spam")
                .formParam("action", "NO_THEME").formParam("scope", "filter")
                .when().post(items + "/tags")
                .then().statusCode(303);
        assertJson("{\"action\":\"NO_THEME\",\"filter\":{\"language\":\"en\",\"q\":\"spam\"},\"limit\":1000}",
                AnalysisStubs.only(postRequestedFor(urlPathEqualTo(stubs.api + "/tags"))));
    }

    @Test
    void aBulkChangeWithoutItemsOrThemesIsRefusedAtItsFields() {
        String session = SignIn.as("moderator");
        PageForm form = AnalysisStubs.formOn(session, items);

        posting(session, form, "en").formParam("action", "ADD").formParam("scope", "checked")
                .when().post(items + "/tags")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#bulk-themes\">Choose at least one theme</a></li>"))
                .body(containsString("<li><a href=\"#bulk-items\">Check at least one item, or choose “all matching this filter”</a></li>"))
                .body(containsString("<input type=\"radio\" id=\"bulk-action-ADD\" name=\"action\" value=\"ADD\" checked>"));
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo(stubs.api + "/tags")));

        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/tags")).willReturn(problem(422, "validation",
                "[{\"field\":\"themes[0]\",\"message\":\"not an accepted theme of this forum\"}]")));
        posting(session, form, "en").formParam("action", "REMOVE").formParam("theme", "12")
                .formParam("item", "COMMENT:501")
                .when().post(items + "/tags")
                .then().statusCode(422)
                .body(containsString("<li><a href=\"#bulk-themes\">Only accepted themes of this forum can be used</a></li>"))
                .body(containsString("<input type=\"checkbox\" id=\"select-COMMENT-501\" name=\"item\" value=\"COMMENT:501\" form=\"bulk-form\" checked>"));
    }

    @Test
    void aSuggestedTagIsConfirmedOnOneItem() {
        String session = SignIn.as("moderator");
        PageForm form = AnalysisStubs.formOn(session, items);
        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/tags")).willReturn(Stubs.json(200, "{\"affected\":1}")));

        posting(session, form, "en").formParam("action", "CONFIRM").formParam("theme", "12").formParam("item", "COMMENT:501")
                .when().post(items + "/tags")
                .then().statusCode(303);
        assertJson("{\"action\":\"CONFIRM\",\"themes\":[12],\"items\":[{\"type\":\"COMMENT\",\"id\":501}]}",
                AnalysisStubs.only(postRequestedFor(urlPathEqualTo(stubs.api + "/tags"))));
    }

    @Test
    void confirmingWithoutAThemeConfirmsEverySuggestedTagOfTheItems() {
        String session = SignIn.as("moderator");
        PageForm form = AnalysisStubs.formOn(session, items);
        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/tags")).willReturn(Stubs.json(200, "{\"affected\":3}")));

        posting(session, form, "en").queryParam("status", "HIDDEN").queryParam("status-bogus", "x")
                .formParam("action", "CONFIRM").formParam("item", "RECOMMENDATION:77")
                .when().post(items + "/tags")
                .then().statusCode(303)
                .header("Location", endsWith(items + "?status=HIDDEN&done=tagged&affected=3"));
        assertJson("{\"action\":\"CONFIRM\",\"items\":[{\"type\":\"RECOMMENDATION\",\"id\":77}]}",
                AnalysisStubs.only(postRequestedFor(urlPathEqualTo(stubs.api + "/tags"))));
    }

    @Test
    void checkedItemsAreSplitIntoANewTheme() {
        String session = SignIn.as("moderator");
        PageForm form = AnalysisStubs.formOn(session, items);

        posting(session, form, "en").formParam("from", "").formParam("name.ru", "")
                .when().post(items + "/split")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#split-from\">Choose the theme to take the items from</a></li>"))
                .body(containsString("<li><a href=\"#split-name-kk\">Enter a name in at least one language</a></li>"))
                .body(containsString("<details class=\"split\" open>"));
        Stubs.feedback().register(post(urlPathEqualTo(stubs.api + "/themes/11/split")).willReturn(Stubs.json(201,
                AnalysisStubs.theme(60, "ACCEPTED"))));
        posting(session, form, "en").formParam("from", "11").formParam("name.ru", "Конституционный суд")
                .formParam("item", "COMMENT:501")
                .when().post(items + "/split")
                .then().statusCode(303).header("Location", endsWith(items + "?theme=60&done=split"));
        assertJson("{\"name\":{\"ru\":\"Конституционный суд\"},\"items\":[{\"type\":\"COMMENT\",\"id\":501}]}",
                AnalysisStubs.only(postRequestedFor(urlPathEqualTo(stubs.api + "/themes/11/split"))));
    }

    @Test
    void anAnalystsNoteIsSavedAndATooLongOneShownAtItsField() {
        String session = SignIn.as("moderator");
        PageForm form = AnalysisStubs.formOn(session, items);
        String note = items + "/COMMENT/501/note";

        posting(session, form, "en").queryParam("theme", "11").formParam("note", "x".repeat(2001))
                .when().post(note)
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#note-COMMENT-501\">Use at most 2000 characters</a></li>"))
                .body(containsString("id=\"note-COMMENT-501-error\""));
        Stubs.feedback().register(put(urlPathEqualTo(stubs.api + "/items/COMMENT/501/note")).willReturn(Stubs.json(200, "{}")));
        posting(session, form, "en").queryParam("theme", "11").formParam("note", "Цитата для отчёта")
                .when().post(note)
                .then().statusCode(303).header("Location", endsWith(items + "?theme=11&done=note#item-COMMENT-501"));
        assertJson("{\"note\":\"Цитата для отчёта\"}",
                AnalysisStubs.only(putRequestedFor(urlPathEqualTo(stubs.api + "/items/COMMENT/501/note"))));
    }
}
