package org.pikir.gateway.admin;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.pikir.gateway.admin.EditorRequests.assertJson;
import static org.pikir.gateway.admin.EditorRequests.onlyRequest;
import static org.pikir.gateway.admin.EditorRequests.problem;
import static org.pikir.gateway.admin.EditorRequests.text;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Correcting a published forum from the admin console: every participant, session, statement and material can be
 * edited, moved and removed; the description, times, conclusions and a material's versions too. The gateway sends
 * what was typed and lets events-service judge it: the service's field errors come back next to their fields.
 */
@QuarkusTest
class ForumCorrectionPagesTest {

    private static final String EVENTS = "/api/events";
    private static final String CSRF = EditorRequests.CSRF;
    private static final String FORM = EditorRequests.FORM;

    private String slug;
    private String page;
    private String api;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        // the Almaty forum's record (five participants, three sessions, two statements, two materials) under its own slug
        slug = Stubs.forumOfItsOwn("corrected");
        Stubs.commentThreads(slug, "[]");
        page = "/admin/forums/" + slug;
        api = EVENTS + "/" + slug;
    }

    @Test
    void everyItemCanBeEditedMovedAndRemovedFromTheForumsEditingPage() {
        String html = given().cookie(SignIn.SESSION_COOKIE, SignIn.as("editor")).header("Accept-Language", "en")
                .when().get(page)
                .then().statusCode(200)
                .body(containsString("<li class=\"person\" id=\"participant-1\" tabindex=\"-1\">"))
                .body(containsString("<a href=\"" + page + "/participants/1\">Edit<span class=\"visually-hidden\"> Куаныш Сейтжанов</span></a>"))
                .body(containsString("<a href=\"" + page + "/participants/1/remove\">Remove<span class=\"visually-hidden\"> Куаныш Сейтжанов</span></a>"))
                .body(containsString("<h2 id=\"agenda-heading\">Agenda</h2>"))
                .body(containsString("<a href=\"" + page + "/agenda/2\">Edit"))
                .body(containsString("<a href=\"" + page + "/agenda/new\">Add a session to the agenda</a>"))
                .body(containsString("<a href=\"" + page + "/statements/1\">Edit"))
                .body(containsString("<form method=\"post\" action=\"" + page + "/materials/1/move\">"))
                .body(containsString("<a href=\"" + page + "/record\">Edit the description and the times</a>"))
                .body(containsString("<a href=\"" + page + "/outcome\">Edit the conclusions</a>"))
                .body(containsString("<a href=\"/forums/" + slug + "/history\">Public change history</a>"))
                .body(not(containsString(page + "/delete")))
                .extract().asString();
        String first = html.substring(html.indexOf("id=\"participant-1\""), html.indexOf("id=\"participant-2\""));
        assertThat("the first can only move down", first, not(containsString("value=\"up\"")));
        assertThat(first, containsString("<input type=\"hidden\" name=\"direction\" value=\"down\"><button type=\"submit\" class=\"button button--secondary button--small\">Move down<span class=\"visually-hidden\"> Куаныш Сейтжанов</span></button>"));
        String last = html.substring(html.indexOf("id=\"participant-5\""), html.indexOf("id=\"agenda\""));
        assertThat("the last can only move up", last, not(containsString("value=\"down\"")));
        assertThat(last, containsString("value=\"up\""));
    }

    @Test
    void aMisspeltNameIsCorrectedAndTheCorrectionIsWhatThePublicAndTheHistorySee() {
        String session = SignIn.as("editor");
        String edit = page + "/participants/1";
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "kk").when().get(edit)
                .then().statusCode(200)
                .body(containsString("<h1>Қатысушыны өңдеу</h1>"))
                .body(containsString("<label for=\"participant-name\">"))
                .body(containsString("id=\"participant-position-en\" name=\"position.en\" value=\"Deputy Chair of the party\""))
                .body(containsString("<option value=\"SPEAKER\" selected>"));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(edit));
        // events-service answers with the corrected record once it has taken the correction
        String renamed = Stubs.resource("almaty.json").replace(Stubs.ALMATY, slug).replace("Куаныш Сейтжанов", "Қуаныш Сейтжанов");
        String scenario = "rename-" + slug;
        Stubs.events().register(put(urlPathEqualTo(api + "/participants/1")).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("renamed").willReturn(Stubs.json(200, "{}")));
        Stubs.events().register(get(urlPathEqualTo(api)).inScenario(scenario).whenScenarioStateIs("renamed")
                .willReturn(Stubs.json(200, renamed)));
        Stubs.events().register(get(urlPathEqualTo(api + "/history")).inScenario(scenario).whenScenarioStateIs("renamed")
                .willReturn(Stubs.json(200, """
                        [{"changedAt":"2026-03-01T09:00:00Z","changedBy":"editor","action":"participant.edited",
                          "detail":{"participantId":1,"name":"Қуаныш Сейтжанов"}}]""")));

        posting(session, form, "en")
                .formParam("name", " Қуаныш Сейтжанов ").formParam("latinName", form.field("latinName"))
                .formParam("role", form.field("role") == null ? "SPEAKER" : form.field("role"))
                .formParam("position.kk", form.field("position.kk")).formParam("position.ru", form.field("position.ru"))
                .formParam("position.en", form.field("position.en"))
                .formParam("organisation.kk", "").formParam("organisation.ru", form.field("organisation.ru"))
                .formParam("organisation.en", form.field("organisation.en"))
                .when().post(edit)
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=participant-saved&participants=1#participant-1"));

        JsonPath sent = json(onlyRequest(putRequestedFor(urlPathEqualTo(api + "/participants/1"))));
        assertThat(sent.getString("name"), equalTo("Қуаныш Сейтжанов"));
        assertThat(sent.getString("latinName"), equalTo("Kuanysh Seitzhanov"));
        assertThat(sent.getString("role"), equalTo("SPEAKER"));
        assertThat(sent.getMap("position"), equalTo(Map.of("kk", "Партия төрағасының орынбасары",
                "ru", "Заместитель председателя партии", "en", "Deputy Chair of the party")));
        assertThat("an emptied language is left out", sent.getMap("organisation"),
                equalTo(Map.of("ru", "Партия «Ауыл»", "en", "Auyl party")));

        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(page + "?done=participant-saved&participants=1")
                .then().body(containsString("<p class=\"success\" role=\"status\">The participant has been saved.</p>"))
                .body(containsString("Қуаныш Сейтжанов"));
        given().header("Accept-Language", "en").when().get("/forums/" + slug)
                .then().statusCode(200)
                .body(containsString("Қуаныш Сейтжанов"))
                .body(not(containsString("Куаныш Сейтжанов")));
        given().header("Accept-Language", "en").when().get("/forums/" + slug + "/history")
                .then().statusCode(200)
                .body(containsString("Participant details changed"))
                .body(containsString("<span class=\"history__subject\">Қуаныш Сейтжанов</span>"))
                .body(containsString("Account: editor"));
    }

    @Test
    void aParticipantsLatinSpellingIsShownCorrectedAndRemovedWhenEmptied() {
        String session = SignIn.as("editor");
        String edit = page + "/participants/1";
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "ru").when().get(edit)
                .then().statusCode(200)
                .body(containsString("<label for=\"participant-latin-name\">Имя латиницей (необязательно)</label>"))
                .body(containsString("id=\"participant-latin-name\" name=\"latinName\" value=\"Kuanysh Seitzhanov\""));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(edit));
        String saved = api + "/participants/1";
        Stubs.events().register(put(urlPathEqualTo(saved)).willReturn(Stubs.json(200, "{}")));
        Stubs.events().register(put(urlPathEqualTo(saved)).withRequestBody(WireMock.containing("Seitzhanov!"))
                .willReturn(problem(400, "validation", "[{\"field\":\"latinName\",\"message\":\"use Latin letters only\"}]")));

        participant(posting(session, form, "en")).formParam("latinName", " Quanysh Seitzhanov ")
                .when().post(edit)
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=participant-saved&participants=1#participant-1"));
        assertJson("""
                {"name":"Куаныш Сейтжанов","latinName":"Quanysh Seitzhanov","role":"SPEAKER",
                 "position":{"en":"Deputy Chair of the party"},"organisation":{"ru":"Партия «Ауыл»"}}""",
                onlyRequest(putRequestedFor(urlPathEqualTo(saved)).withRequestBody(WireMock.containing("Quanysh"))));

        // emptied, it goes empty: events-service removes it and the English pages show the name as written
        participant(posting(session, form, "en")).formParam("latinName", "")
                .when().post(edit)
                .then().statusCode(303);
        assertJson("""
                {"name":"Куаныш Сейтжанов","latinName":"","role":"SPEAKER",
                 "position":{"en":"Deputy Chair of the party"},"organisation":{"ru":"Партия «Ауыл»"}}""",
                onlyRequest(putRequestedFor(urlPathEqualTo(saved)).withRequestBody(WireMock.containing("\"latinName\":\"\""))));

        participant(posting(session, form, "kk")).formParam("latinName", "Seitzhanov!")
                .when().post(edit)
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#participant-latin-name\">Тек латын әріптерін"))
                .body(containsString("<p class=\"error-message\" id=\"participant-latin-name-error\">"))
                .body(containsString("aria-describedby=\"participant-latin-name-hint participant-latin-name-error\""))
                .body(containsString("value=\"Seitzhanov!\""));
    }

    @Test
    void aStatementIsMarkedQuotedOrReported() {
        String session = SignIn.as("editor");
        String edit = page + "/statements/1";
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get(edit)
                .then().statusCode(200)
                .body(containsString("<legend>Quoted or reported</legend>"))
                .body(containsString("<input type=\"radio\" id=\"statement-kind-QUOTE\" name=\"kind\" value=\"QUOTE\" checked>"))
                .body(containsString("<input type=\"radio\" id=\"statement-kind-REPORTED\" name=\"kind\" value=\"REPORTED\">"))
                .body(containsString("<label for=\"statement-kind-REPORTED\">Reported by the source</label>"));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(edit));
        String saved = api + "/statements/1";
        Stubs.events().register(put(urlPathEqualTo(saved)).willReturn(Stubs.json(200, "{}")));
        Stubs.events().register(put(urlPathEqualTo(saved)).withRequestBody(WireMock.containing("PARAPHRASE"))
                .willReturn(problem(400, "validation", "[{\"field\":\"kind\",\"message\":\"has the wrong type or format\"}]")));

        posting(session, form, "en")
                .formParam("participantId", "1").formParam("agendaItemId", "1").formParam("text", "Партия поддерживает проект")
                .formParam("language", "ru").formParam("kind", "REPORTED")
                .when().post(edit)
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=statement-saved&statements=1#statement-1"));
        assertJson("""
                {"participantId":1,"agendaItemId":1,"text":"Партия поддерживает проект","language":"ru","kind":"REPORTED"}""",
                onlyRequest(putRequestedFor(urlPathEqualTo(saved))));

        posting(session, form, "ru")
                .formParam("participantId", "1").formParam("text", "Слова").formParam("language", "ru")
                .formParam("kind", "PARAPHRASE")
                .when().post(edit)
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#statement-kind\">Выберите, цитата это или пересказ</a></li>"))
                .body(containsString("<p class=\"error-message\" id=\"statement-kind-error\">"))
                .body(containsString("aria-describedby=\"statement-kind-hint statement-kind-error\""));
    }

    @Test
    void theServicesFieldErrorsAreShownNextToTheirFieldsAndWhatWasTypedIsKept() {
        String session = SignIn.as("editor");
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(page + "/participants/2"));
        Stubs.events().register(put(urlPathEqualTo(api + "/participants/2")).willReturn(problem(400, "validation", """
                [{"field":"name","message":"must not be blank"},
                 {"field":"position.en","message":"must be at most 300 characters"}]""")));

        posting(session, form, "ru")
                .formParam("name", "").formParam("role", "EXPERT").formParam("position.en", "x".repeat(301))
                .formParam("organisation.ru", "Партия")
                .when().post(page + "/participants/2")
                .then().statusCode(400)
                .body(containsString("<title>Ошибка: "))
                .body(containsString("<li><a href=\"#participant-name\">"))
                .body(containsString("<li><a href=\"#participant-position-en\">"))
                .body(containsString("<p class=\"error-message\" id=\"participant-name-error\">"))
                .body(containsString("aria-describedby=\"participant-name-hint participant-name-error\""))
                .body(containsString("value=\"Партия\""))
                .body(containsString("<option value=\"EXPERT\" selected>"));
        // the gateway judged nothing itself: the empty name went to events-service
        assertThat(json(onlyRequest(putRequestedFor(urlPathEqualTo(api + "/participants/2")))).getString("name"),
                equalTo(""));

        Stubs.events().register(put(urlPathEqualTo(api + "/materials/1")).willReturn(problem(400, "validation", """
                [{"field":"title.en","message":"must be at most 300 characters"},{"field":"language","message":"must be kk, ru or en"}]""")));
        posting(session, form, "en")
                .formParam("kind", "DOCUMENT").formParam("title.en", "y".repeat(301)).formParam("language", "de")
                .when().post(page + "/materials/1")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#material-title-en\">Enter the title in at least one language, at most 300 characters each</a></li>"))
                .body(containsString("<li><a href=\"#material-language\">"))
                .body(containsString("<option value=\"DOCUMENT\" selected>"));

        Stubs.events().register(put(urlPathEqualTo(api + "/statements/1")).willReturn(problem(409, "event-archived", "[]")));
        posting(session, form, "en")
                .formParam("participantId", "1").formParam("text", "Исправленный текст").formParam("language", "ru")
                .when().post(page + "/statements/1")
                .then().statusCode(409)
                .body(containsString("<li><a href=\"#statement-participant\">"))
                .body(containsString(">Исправленный текст</textarea>"));
    }

    @Test
    void moveUpAndMoveDownSendTheWholeNewOrder() {
        String session = SignIn.as("editor");
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(page));
        Stubs.events().register(put(urlPathMatching(api + "/(participants|materials)/order")).willReturn(Stubs.json(200, "[]")));

        posting(session, form, "en").formParam("direction", "down")
                .when().post(page + "/participants/2/move")
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=moved&participants=1#participant-2"));
        assertThat(json(onlyRequest(putRequestedFor(urlPathEqualTo(api + "/participants/order")))).getList("ids"),
                equalTo(List.of(1, 3, 2, 4, 5)));

        posting(session, form, "en").formParam("direction", "up")
                .when().post(page + "/materials/2/move")
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=moved&materials=1#material-2"));
        assertThat(json(onlyRequest(putRequestedFor(urlPathEqualTo(api + "/materials/order")))).getList("ids"),
                equalTo(List.of(2, 1)));

        // the first cannot move up: nothing is sent, the page stays as it was
        posting(session, form, "en").formParam("direction", "up")
                .when().post(page + "/materials/1/move")
                .then().statusCode(303);
        Stubs.events().verifyThat(1, putRequestedFor(urlPathEqualTo(api + "/materials/order")));

        Stubs.events().register(put(urlPathEqualTo(api + "/statements/order")).willReturn(problem(400, "validation", """
                [{"field":"ids","message":"must list each of the 3 items exactly once"}]""")));
        posting(session, form, "en").formParam("direction", "down")
                .when().post(page + "/statements/1/move")
                .then().statusCode(400)
                .body(containsString("<h1 id=\"order\" tabindex=\"-1\">The order could not be changed</h1>"))
                .body(containsString("<a href=\"" + page + "#statements\">"));
        posting(session, form, "en").formParam("direction", "down")
                .when().post(page + "/statements/99/move")
                .then().statusCode(404);
    }

    @Test
    void removingAsksOnAPageOfItsOwnThenRemoves() {
        String session = SignIn.as("editor");
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "ru").when().get(page + "/agenda/3/remove")
                .then().statusCode(200)
                .body(containsString("<h1>Удалить эту сессию?</h1>"))
                .body(containsString("<form method=\"post\" action=\"" + page + "/agenda/3/remove\">"))
                .body(containsString("<a href=\"" + page + "#session-3\">Отмена</a>"));
        Stubs.events().verifyThat(0, deleteRequestedFor(urlPathMatching(api + "/.*")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(page + "/agenda/3/remove"));
        Stubs.events().register(delete(urlPathEqualTo(api + "/agenda/3")).willReturn(aResponse().withStatus(204)));

        posting(session, form, "en").when().post(page + "/agenda/3/remove")
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=removed#agenda"));
        Stubs.events().verifyThat(1, deleteRequestedFor(urlPathEqualTo(api + "/agenda/3"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("editor"))));

        Stubs.events().register(delete(urlPathEqualTo(api + "/materials/2")).willReturn(problem(404, "not-found", "[]")));
        posting(session, form, "en").when().post(page + "/materials/2/remove")
                .then().statusCode(404)
                .body(containsString("<li><a href=\"#confirm\">This no longer exists"));
        given().cookie(SignIn.SESSION_COOKIE, session).when().get(page + "/materials/77/remove").then().statusCode(404);
        given().cookie(SignIn.SESSION_COOKIE, session).when().get(page + "/speeches/1/remove").then().statusCode(404);
    }

    @Test
    void aDraftIsDeletedAfterItsOwnConfirmationPage() {
        String session = SignIn.as("editor");
        String draft = slug + "-draft";
        Stubs.events().register(get(urlPathEqualTo(EVENTS + "/" + draft)).willReturn(Stubs.json(200,
                Stubs.resource("almaty.json").replace(Stubs.ALMATY, draft).replace("\"PUBLISHED\"", "\"DRAFT\""))));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get("/admin/forums/" + draft)
                .then().body(containsString("<a href=\"/admin/forums/" + draft + "/delete\">Delete this draft</a>"));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get("/admin/forums/" + draft + "/delete"));
        Stubs.events().register(delete(urlPathEqualTo(EVENTS + "/" + draft)).willReturn(aResponse().withStatus(204)));

        posting(session, form, "en").when().post("/admin/forums/" + draft + "/delete")
                .then().statusCode(303)
                .header("Location", endsWith("/admin/forums?done=deleted"));
        Stubs.events().verifyThat(1, deleteRequestedFor(urlPathEqualTo(EVENTS + "/" + draft)));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get("/admin/forums?done=deleted")
                .then().body(containsString("The draft has been deleted."));

        // a published forum is not deleted: events-service says so, and the page says it next to the button
        Stubs.events().register(delete(urlPathEqualTo(api)).willReturn(problem(409, "invalid-transition", "[]")));
        posting(session, form, "en").when().post(page + "/delete")
                .then().statusCode(409)
                .body(containsString("<li><a href=\"#confirm\">This is not possible in the forum&#39;s current status"));
    }

    @Test
    void aPublishedForumIsArchived() {
        String session = SignIn.as("editor");
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(page));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get(page)
                .then().body(containsString("<form method=\"post\" action=\"" + page + "/archive\">"));
        Stubs.events().register(post(urlPathEqualTo(api + "/archive")).willReturn(Stubs.json(200, "{}")));

        posting(session, form, "en").when().post(page + "/archive")
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=archived#status"));
        Stubs.events().verifyThat(1, postRequestedFor(urlPathEqualTo(api + "/archive")));
    }

    @Test
    void aSessionsTimesAreTypedInTheForumsTimeZone() {
        String session = SignIn.as("editor");
        String edit = page + "/agenda/1";
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get(edit)
                .then().statusCode(200)
                .body(containsString("id=\"session-title-ru\" name=\"title.ru\" value=\"Выступления участников\""))
                .body(containsString("<input type=\"checkbox\" id=\"session-participant-3\" name=\"participantIds\" value=\"3\" checked>"))
                .body(containsString("In the forum&#39;s time zone, Asia/Almaty."));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(edit));
        Stubs.events().register(put(urlPathEqualTo(api + "/agenda/1")).willReturn(Stubs.json(200, "{}")));

        posting(session, form, "en")
                .formParam("title.ru", "Выступления").formParam("kind", "PANEL")
                .formParam("startsAt", "2026-02-25T10:00").formParam("endsAt", "2026-02-25T11:30")
                .formParam("participantIds", "1").formParam("participantIds", "2")
                .when().post(edit)
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=session-saved&agenda=1#session-1"));
        JsonPath sent = json(onlyRequest(putRequestedFor(urlPathEqualTo(api + "/agenda/1"))));
        // Asia/Almaty is UTC+5
        assertThat(sent.getString("startsAt"), equalTo("2026-02-25T05:00:00Z"));
        assertThat(sent.getString("endsAt"), equalTo("2026-02-25T06:30:00Z"));
        assertThat(sent.getMap("title"), equalTo(Map.of("ru", "Выступления")));
        assertThat(sent.getList("participantIds"), equalTo(List.of("1", "2")));

        Stubs.events().register(put(urlPathEqualTo(api + "/agenda/2")).willReturn(problem(400, "validation", """
                [{"field":"endsAt","message":"must be after startsAt"}]""")));
        posting(session, form, "en")
                .formParam("title.ru", "Панель").formParam("kind", "PANEL")
                .formParam("startsAt", "2026-02-25T12:00").formParam("endsAt", "2026-02-25T11:00")
                .when().post(page + "/agenda/2")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#session-ends\">The end must be later than the start</a></li>"))
                .body(containsString("value=\"2026-02-25T11:00\""));

        Stubs.events().register(post(urlPathEqualTo(api + "/agenda")).willReturn(Stubs.json(201, "{}")));
        posting(session, form, "en")
                .formParam("title.en", "Closing").formParam("kind", "CLOSING").formParam("startsAt", "")
                .when().post(page + "/agenda")
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=session-added&agenda=1#agenda"));
        assertThat(json(onlyRequest(postRequestedFor(urlPathEqualTo(api + "/agenda")))).getString("kind"), equalTo("CLOSING"));
    }

    @Test
    void theDescriptionTimesAndConclusionsAreSaved() {
        String session = SignIn.as("editor");
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(page + "/record"));
        Stubs.events().register(put(urlPathEqualTo(api)).willReturn(Stubs.json(200, "{}")));
        Stubs.events().register(put(urlPathEqualTo(api + "/outcome")).willReturn(Stubs.json(200, "{}")));

        posting(session, form, "en")
                .formParam("description.ru", "Новое описание форума").formParam("description.en", "")
                .formParam("startsAt", "2026-02-25T10:00").formParam("endsAt", "2026-02-25T13:00")
                .when().post(page + "/record")
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=record-saved#record"));
        JsonPath record = json(onlyRequest(putRequestedFor(urlPathEqualTo(api))));
        assertThat(record.getMap("description"), equalTo(Map.of("ru", "Новое описание форума")));
        assertThat(record.getString("startsAt"), equalTo("2026-02-25T05:00:00Z"));
        assertThat(record.getString("endsAt"), equalTo("2026-02-25T08:00:00Z"));
        assertThat("the rest of the record is kept", record.getMap("city"),
                equalTo(Map.of("kk", "Алматы", "ru", "Алматы", "en", "Almaty")));
        assertThat("a source left out is kept as it is", record.getMap("source"), nullValue());
        assertThat(record.getMap("title"), aMapWithSize(3));

        posting(session, form, "en")
                .formParam("outcome.kk", "Қорытынды").formParam("outcome.ru", "Итоги").formParam("outcome.en", "")
                .when().post(page + "/outcome")
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=outcome-saved#record"));
        assertThat(json(onlyRequest(putRequestedFor(urlPathEqualTo(api + "/outcome")))).getMap("texts"),
                equalTo(Map.of("kk", "Қорытынды", "ru", "Итоги")));

        Stubs.events().register(put(urlPathEqualTo(api + "/outcome")).willReturn(problem(400, "validation", """
                [{"field":"texts","message":"must map kk, ru or en to a text"}]""")));
        posting(session, form, "kk").formParam("outcome.kk", "").formParam("outcome.ru", "").formParam("outcome.en", "")
                .when().post(page + "/outcome")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#outcome-kk\">Қорытындыны кемінде бір тілде енгізіңіз"));
    }

    @Test
    void aNewVersionOfAMaterialGoesWithItsChangeNote() {
        String session = SignIn.as("editor");
        String edit = page + "/materials/1";
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get(edit)
                .then().statusCode(200)
                .body(containsString("<option value=\"PRESS_RELEASE\" selected>"))
                .body(containsString("<form class=\"admin-form\" method=\"post\" action=\"" + edit + "/versions\" enctype=\"multipart/form-data\" novalidate>"))
                .body(containsString("<label for=\"version-note\">What changed</label>"));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(edit));
        String versions = api + "/materials/1/versions";
        Stubs.events().register(post(urlPathEqualTo(versions)).willReturn(Stubs.json(201, "{}")));

        multipart(session, form)
                .multiPart("file", "itogi-v3.txt", "Итоги, третья редакция\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart(text("link", ""))
                .multiPart(text("changeNote", "Уточнён список участников"))
                .when().post(edit + "/versions")
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=version-added&materials=1#material-1"));
        Stubs.events().verifyThat(1, postRequestedFor(urlPathEqualTo(versions))
                .withAnyRequestBodyPart(aMultipart().withName("file").withBody(WireMock.equalTo("Итоги, третья редакция\n")))
                .withAnyRequestBodyPart(aMultipart().withName("changeNote").withBody(WireMock.equalTo("Уточнён список участников"))));

        Stubs.events().register(post(urlPathEqualTo(versions)).willReturn(problem(400, "validation", """
                [{"field":"changeNote","message":"is required: say what changed in this version"}]""")));
        multipart(session, form)
                .multiPart("file", "itogi-v4.txt", "v4\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart(text("changeNote", ""))
                .when().post(edit + "/versions")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#version-note\">Say what changed in this version"));
    }

    @Test
    void theHistoryNamesTheNewCorrectionsInEachLanguage() {
        Stubs.events().register(get(urlPathEqualTo(api + "/history")).willReturn(Stubs.json(200, """
                [{"changedAt":"2026-03-02T09:00:00Z","changedBy":"editor","action":"materials.reordered",
                  "detail":{"order":[2,1]}},
                 {"changedAt":"2026-03-01T09:00:00Z","changedBy":"editor","action":"material.edited",
                  "detail":{"materialId":1,"fields":{"kind":{"from":"VIDEO","to":"TRANSCRIPT"},
                                                     "language":{"from":"ru","to":"kk"}}}}]""")));
        given().header("Accept-Language", "en").when().get("/forums/" + slug + "/history")
                .then().statusCode(200)
                .body(containsString("Materials reordered"))
                .body(containsString("Material details changed"))
                .body(containsString("<li>Language</li>"));
        given().header("Accept-Language", "ru").when().get("/forums/" + slug + "/history")
                .then().body(containsString("Порядок материалов изменён")).body(containsString("<li>Язык</li>"));
        given().header("Accept-Language", "kk").when().get("/forums/" + slug + "/history")
                .then().body(containsString("Материалдардың реті өзгертілді")).body(containsString("<li>Тілі</li>"));
    }

    @Test
    void correctionsAreForEditorsWithTheCsrfTokenOnly() {
        for (String user : new String[] {"moderator", "citizen2"}) {
            String session = SignIn.as(user);
            given().cookie(SignIn.SESSION_COOKIE, session).when().get(page + "/participants/1").then().statusCode(403);
            given().cookie(SignIn.SESSION_COOKIE, session).when().get(page + "/materials/1/remove").then().statusCode(403);
            PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/"));
            posting(session, form, "en").formParam("direction", "down").when().post(page + "/participants/1/move")
                    .then().statusCode(403);
            posting(session, form, "en").when().post(page + "/statements/1/remove").then().statusCode(403);
        }
        String editor = SignIn.as("editor");
        given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, editor).contentType(FORM)
                .formParam("direction", "down")
                .when().post(page + "/participants/1/move")
                .then().statusCode(403);
        given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, editor).contentType(FORM)
                .when().post(page + "/delete")
                .then().statusCode(403);
        given().redirects().follow(false).when().get(page + "/record")
                .then().statusCode(303)
                .header("Location", containsString("/login?next="));
        Stubs.events().verifyThat(0, putRequestedFor(urlPathMatching(api + ".*")));
        Stubs.events().verifyThat(0, deleteRequestedFor(urlPathMatching(api + ".*")));
    }

    private static RequestSpecification posting(String session, PageForm form, String lang) {
        return EditorRequests.posting(session, form, lang);
    }

    /** The rest of the first participant's form, as the page shows it (one language of each text emptied). */
    private static RequestSpecification participant(RequestSpecification posting) {
        return posting.formParam("name", "Куаныш Сейтжанов").formParam("role", "SPEAKER")
                .formParam("position.kk", "").formParam("position.ru", "").formParam("position.en", "Deputy Chair of the party")
                .formParam("organisation.kk", "").formParam("organisation.ru", "Партия «Ауыл»").formParam("organisation.en", "");
    }

    private static RequestSpecification multipart(String session, PageForm form) {
        return given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", "en")
                .multiPart(text(CSRF, form.field(CSRF)));
    }

    private static JsonPath json(LoggedRequest request) {
        return new JsonPath(request.getBodyAsString());
    }
}
