package org.pikir.gateway.admin;

import com.github.tomakehurst.wiremock.client.WireMock;
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
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.pikir.gateway.admin.EditorRequests.assertJson;
import static org.pikir.gateway.admin.EditorRequests.onlyRequest;
import static org.pikir.gateway.admin.EditorRequests.text;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forum editing in the admin console: the pages render for editors and administrators only, every
 * form lists its mistakes at the top and keeps what was typed, needs the CSRF token, and sends
 * events-service exactly the request its editor API takes, with the editor's own token.
 */
@QuarkusTest
class ForumEditorPagesTest {

    private static final String EVENTS = "/api/events";
    private static final String CSRF = EditorRequests.CSRF;
    private static final String FORM = EditorRequests.FORM;

    private String slug;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        // every test edits a draft of its own, so requests seen by WireMock belong to one test
        slug = "draft-" + UUID.randomUUID().toString().substring(0, 8);
        stubForum(slug, "DRAFT");
    }

    @Test
    void theListShowsTheForumsAndWaysToOpenOrCreateOne() {
        String session = SignIn.as("editor");
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get("/admin/forums")
                .then().statusCode(200)
                .body(containsString("<h1>Forums</h1>"))
                .body(containsString("<a href=\"/admin/forums/" + Stubs.ALMATY + "\">Constitutional reform: the basis"))
                .body(containsString("<a class=\"button button--link\" href=\"/admin/forums/new\">Create a draft forum</a>"))
                .body(containsString("<label for=\"open-slug\">"))
                .body(containsString("<a href=\"/admin/forums\" aria-current=\"page\">Forums</a>"));
        Stubs.events().verifyThat(getRequestedFor(urlPathEqualTo(EVENTS))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("editor"))));
    }

    @Test
    void aDraftIsOpenedByItsAddressAndAnUnknownAddressIsExplainedAtTheField() {
        String session = SignIn.as("editor");
        given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, session)
                .queryParam("slug", slug)
                .when().get("/admin/forums/open")
                .then().statusCode(303)
                .header("Location", endsWith("/admin/forums/" + slug));

        Stubs.events().register(get(urlPathEqualTo(EVENTS + "/no-such-forum")).willReturn(Stubs.json(404, """
                {"type":"https://pikir.org/problems/not-found","title":"Not found","status":404}""")));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "ru")
                .queryParam("slug", "no-such-forum")
                .when().get("/admin/forums/open")
                .then().statusCode(404)
                .body(containsString("<li><a href=\"#open-slug\">Форума с таким адресом нет</a></li>"))
                .body(containsString("value=\"no-such-forum\""));
    }

    @Test
    void theNewDraftFormHasALabelForEveryFieldAndTheCsrfToken() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("editor")).header("Accept-Language", "kk")
                .when().get("/admin/forums/new")
                .then().statusCode(200)
                .body(containsString("<html lang=\"kk\">"))
                .body(containsString("<form class=\"draft-form\" method=\"post\" action=\"/admin/forums\" novalidate>"))
                .body(containsString("<input type=\"hidden\" name=\"csrf-token\" value=\""))
                .body(containsString("<label for=\"forum-slug\">"))
                .body(containsString("aria-describedby=\"forum-slug-hint\""))
                .body(containsString("<label for=\"forum-title-kk\">"))
                .body(containsString("<label for=\"forum-city-kk\">"))
                .body(containsString("<label for=\"forum-venue-ru\">"))
                .body(containsString("<label for=\"forum-organiser-en\">"))
                .body(containsString("<label for=\"forum-source-en\">"))
                .body(containsString("<label for=\"forum-date\">"))
                .body(containsString("<option value=\"FORUM\" selected>"));
    }

    @Test
    void aNewDraftIsSentToEventsServiceWithTheEditorsToken() {
        String session = SignIn.as("editor");
        String created = "budget-" + UUID.randomUUID().toString().substring(0, 8);
        Stubs.events().register(post(urlPathEqualTo(EVENTS)).willReturn(Stubs.json(201, """
                {"slug":"%s","title":{"ru":"Слушания"},"status":"DRAFT"}""".formatted(created))));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/admin/forums/new"));

        posting(session, form)
                .formParam("slug", " " + created + " ")
                .formParam("title.kk", "Бюджет тыңдаулары")
                .formParam("title.ru", "Слушания по бюджету")
                .formParam("title.en", "")
                .formParam("summary.kk", "")
                .formParam("summary.ru", "Обсуждение проекта бюджета")
                .formParam("summary.en", "")
                .formParam("city.kk", "Шымкент").formParam("city.ru", "Шымкент").formParam("city.en", "Shymkent")
                .formParam("date", "2026-12-01")
                .formParam("kind", "HEARING")
                .formParam("format", "ONLINE")
                .formParam("topics", "budget, transport, budget")
                .formParam("venue.kk", "").formParam("venue.ru", "").formParam("venue.en", "")
                .formParam("organiser.kk", "Шымкент әкімдігі").formParam("organiser.ru", "Акимат Шымкента")
                .formParam("organiser.en", "")
                .formParam("source.kk", "").formParam("source.ru", " https://shymkent.gov.kz/ru/hearing ")
                .formParam("source.en", "")
                .when().post("/admin/forums")
                .then().statusCode(303)
                .header("Location", endsWith("/admin/forums/" + created + "?done=created"));

        LoggedRequest sent = onlyRequest(postRequestedFor(urlPathEqualTo(EVENTS))
                .withRequestBody(WireMock.containing(created)));
        assertJson("""
                {"slug":"%s","title":{"kk":"Бюджет тыңдаулары","ru":"Слушания по бюджету"},
                 "summary":{"ru":"Обсуждение проекта бюджета"},"kind":"HEARING","format":"ONLINE",
                 "topics":["budget","transport"],"city":{"kk":"Шымкент","ru":"Шымкент","en":"Shymkent"},"venue":{},
                 "organiser":{"kk":"Шымкент әкімдігі","ru":"Акимат Шымкента"},
                 "source":{"ru":"https://shymkent.gov.kz/ru/hearing"},"date":"2026-12-01"}
                """.formatted(created), sent);
        assertThat(sent.getHeader("Authorization"), equalTo("Bearer " + SignIn.accessTokenOf("editor")));
    }

    @Test
    void aDraftWithMistakesComesBackWithTheServicesErrorsAtTheirFieldsAndWhatWasTyped() {
        String session = SignIn.as("editor");
        // events-service judges the record; the gateway only puts each field error next to its field
        Stubs.events().register(post(urlPathEqualTo(EVENTS)).withRequestBody(WireMock.containing("Not A Slug"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"https://pikir.org/problems/validation","title":"Invalid request","status":400,
                         "errors":[{"field":"city","message":"must not be blank"},{"field":"date","message":"must not be null"},
                                   {"field":"kind","message":"has the wrong type or format"},
                                   {"field":"slug","message":"use lower-case letters, digits and single hyphens"},
                                   {"field":"title","message":"needs a text in at least one of kk, ru, en"},
                                   {"field":"topics[1]","message":"use letters, digits and hyphens"}]}""")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/admin/forums/new"));

        posting(session, form, "ru")
                .formParam("slug", "Not A Slug")
                .formParam("title.kk", "")
                .formParam("title.ru", "")
                .formParam("title.en", "")
                .formParam("summary.ru", "Кратко о форуме")
                .formParam("city.kk", "").formParam("city.ru", "").formParam("city.en", "")
                .formParam("date", "01.12.2026")
                .formParam("kind", "PARTY")
                .formParam("format", "ONLINE")
                .formParam("topics", "бюджет, два слова")
                .when().post("/admin/forums")
                .then().statusCode(400)
                .body(containsString("<title>Ошибка: "))
                .body(containsString("<div class=\"error-summary\" role=\"alert\""))
                .body(containsString("<li><a href=\"#forum-slug\">"))
                .body(containsString("<li><a href=\"#forum-title-kk\">Введите название хотя бы на одном языке, не более 300 символов на каждом</a></li>"))
                .body(containsString("<li><a href=\"#forum-city-kk\">Введите город хотя бы на одном языке, не более 120 символов на каждом</a></li>"))
                .body(containsString("<li><a href=\"#forum-date\">"))
                .body(containsString("<li><a href=\"#forum-kind\">"))
                .body(containsString("<li><a href=\"#forum-topics\">"))
                .body(containsString("value=\"Not A Slug\""))
                .body(containsString(">Кратко о форуме</textarea>"))
                .body(containsString("value=\"01.12.2026\""))
                .body(containsString("aria-describedby=\"forum-city-kk-error\""));
        LoggedRequest sent = onlyRequest(postRequestedFor(urlPathEqualTo(EVENTS))
                .withRequestBody(WireMock.containing("Кратко о форуме")));
        assertJson("""
                {"slug":"Not A Slug","title":{},"summary":{"ru":"Кратко о форуме"},"kind":"PARTY","format":"ONLINE",
                 "topics":["бюджет","два слова"],"city":{},"venue":{},"organiser":{},"source":{}}""", sent);
    }

    @Test
    void anAddressAlreadyTakenIsShownAtTheAddressField() {
        String session = SignIn.as("editor");
        String taken = "taken-" + UUID.randomUUID().toString().substring(0, 8);
        Stubs.events().register(post(urlPathEqualTo(EVENTS))
                .withRequestBody(WireMock.containing(taken))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"https://pikir.org/problems/duplicate-slug","title":"Conflict","status":409,
                                 "detail":"An event with slug '%s' already exists."}""".formatted(taken))));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/admin/forums/new"));

        posting(session, form)
                .formParam("slug", taken).formParam("title.en", "Taken").formParam("city.en", "Almaty")
                .formParam("date", "2026-12-01").formParam("kind", "FORUM").formParam("format", "IN_PERSON")
                .when().post("/admin/forums")
                .then().statusCode(409)
                .body(containsString("<li><a href=\"#forum-slug\">A forum with this address already exists</a></li>"))
                .body(containsString("value=\"" + taken + "\""));
    }

    @Test
    void editingSendsTheWholeRecordKeepingWhatTheFormDoesNotShow() {
        String session = SignIn.as("editor");
        String edit = "/admin/forums/" + slug + "/edit";
        Stubs.events().register(put(urlPathEqualTo(EVENTS + "/" + slug)).willReturn(Stubs.json(200, "{}")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(edit));
        // the places, organiser and source show in each language, whatever the page's language
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "ru").when().get(edit)
                .then().body(containsString("value=\"Слушания по бюджету Шымкента\""))
                .body(containsString("<code>" + slug + "</code>"))
                .body(not(containsString("id=\"forum-slug\"")))
                .body(containsString("id=\"forum-city-en\" name=\"city.en\" value=\"Shymkent\""))
                .body(containsString("id=\"forum-city-kk\" name=\"city.kk\" value=\"Шымкент\""))
                .body(containsString("id=\"forum-venue-ru\" name=\"venue.ru\" value=\"\""))
                .body(containsString("id=\"forum-organiser-kk\" name=\"organiser.kk\" value=\"Шымкент әкімдігі\""))
                .body(containsString("id=\"forum-organiser-ru\" name=\"organiser.ru\" value=\"Акимат\""))
                .body(containsString("id=\"forum-source-ru\" name=\"source.ru\" value=\"Протокол слушаний\""))
                .body(containsString("<legend>Источник этой записи (необязательно)</legend>"));

        posting(session, form)
                .formParam("title.kk", "")
                .formParam("title.ru", "Слушания по бюджету Шымкента")
                .formParam("title.en", "Shymkent budget hearing")
                .formParam("summary.ru", "Новое краткое описание")
                .formParam("city.kk", "Шымкент").formParam("city.ru", "Шымкент").formParam("city.en", "Shymkent")
                .formParam("date", "2026-12-02")
                .formParam("kind", "HEARING")
                .formParam("format", "HYBRID")
                .formParam("topics", "budget")
                .formParam("venue.kk", "").formParam("venue.ru", "Дворец школьников")
                .formParam("venue.en", "Palace of Schoolchildren")
                .formParam("organiser.kk", "").formParam("organiser.ru", "Акимат").formParam("organiser.en", "")
                .formParam("source.kk", "").formParam("source.ru", "").formParam("source.en", "")
                .when().post(edit)
                .then().statusCode(303)
                .header("Location", endsWith("/admin/forums/" + slug + "?done=saved"));

        // an emptied language is left out; a source emptied in every language goes empty, which removes it
        assertJson("""
                {"slug":"%s","title":{"ru":"Слушания по бюджету Шымкента","en":"Shymkent budget hearing"},
                 "summary":{"ru":"Новое краткое описание"},"description":{"ru":"Подробное описание слушаний"},
                 "kind":"HEARING","format":"HYBRID","topics":["budget"],
                 "city":{"kk":"Шымкент","ru":"Шымкент","en":"Shymkent"},
                 "venue":{"ru":"Дворец школьников","en":"Palace of Schoolchildren"},
                 "organiser":{"ru":"Акимат"},"source":{},
                 "coverUrl":"https://example.org/cover.png","date":"2026-12-02","startsAt":"2026-12-01T05:00:00Z",
                 "endsAt":"2026-12-01T09:00:00Z","timeZone":"Asia/Almaty"}
                """.formatted(slug), onlyRequest(putRequestedFor(urlPathEqualTo(EVENTS + "/" + slug))));
    }

    @Test
    void thePlaceAndSourceErrorsOfEventsServiceAreShownAtTheFieldOfTheirLanguage() {
        String session = SignIn.as("editor");
        String edit = "/admin/forums/" + slug + "/edit";
        Stubs.events().register(put(urlPathEqualTo(EVENTS + "/" + slug)).willReturn(problem("""
                [{"field":"city.en","message":"en text is longer than 120 characters"},
                 {"field":"organiser.ru","message":"ru text is longer than 200 characters"},
                 {"field":"source","message":"en text is longer than 300 characters"}]""")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(edit));
        String longSource = "https://example.org/" + "a".repeat(290);

        posting(session, form, "en")
                .formParam("title.ru", "Слушания").formParam("city.en", "C".repeat(121))
                .formParam("organiser.ru", "О".repeat(201)).formParam("source.en", longSource)
                .formParam("date", "2026-12-01").formParam("kind", "HEARING").formParam("format", "ONLINE")
                .when().post(edit)
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#forum-city-en\">Enter the city in at least one language, at most 120 characters each</a></li>"))
                .body(containsString("<li><a href=\"#forum-organiser-ru\">"))
                .body(containsString("<li><a href=\"#forum-source-kk\">"))
                .body(containsString("<p class=\"error-message\" id=\"forum-city-en-error\">"))
                .body(containsString("aria-describedby=\"forum-organiser-ru-error\""))
                .body(containsString("value=\"" + longSource + "\""));
        JsonPath sent = new JsonPath(onlyRequest(putRequestedFor(urlPathEqualTo(EVENTS + "/" + slug))).getBodyAsString());
        assertThat(sent.getMap("source"), equalTo(Map.of("en", longSource)));
    }

    @Test
    void aDraftIsPublishedAndAWrongTransitionIsExplained() {
        String session = SignIn.as("admin");
        String page = "/admin/forums/" + slug;
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(page));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get(page)
                .then().body(containsString("<form method=\"post\" action=\"" + page + "/publish\">"))
                .body(containsString("<span class=\"tag\">Draft</span>"))
                .body(not(containsString("action=\"" + page + "/archive\"")));
        Stubs.events().register(post(urlPathEqualTo(EVENTS + "/" + slug + "/publish")).willReturn(Stubs.json(200, "{}")));

        posting(session, form).when().post(page + "/publish")
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=published#status"));
        Stubs.events().verifyThat(1, postRequestedFor(urlPathEqualTo(EVENTS + "/" + slug + "/publish"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("admin"))));

        Stubs.events().register(post(urlPathEqualTo(EVENTS + "/" + slug + "/publish"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"https://pikir.org/problems/invalid-transition","title":"Conflict","status":409}""")));
        posting(session, form).when().post(page + "/publish")
                .then().statusCode(409)
                .body(containsString("<li><a href=\"#forum-status\">This is not possible in the forum&#39;s current status. Reload the page</a></li>"));
    }

    @Test
    void theConsultationOpensUntilTheEndOfTheChosenDayInTheForumsTimeZone() {
        String session = SignIn.as("editor");
        String page = "/admin/forums/" + slug;
        String open = EVENTS + "/" + slug + "/consultation/open";
        Stubs.events().register(post(urlPathEqualTo(open)).willReturn(Stubs.json(200, "{}")));
        Stubs.events().register(post(urlPathEqualTo(open)).withRequestBody(WireMock.containing("2001-01-01"))
                .willReturn(problem("[{\"field\":\"closesAt\",\"message\":\"must be after the opening time\"}]")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(page));

        posting(session, form).formParam("action", "open").formParam("closesOn", "2099-06-30")
                .when().post(page + "/consultation")
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=opened#consultation"));
        // Asia/Almaty is UTC+5
        assertJson("{\"closesAt\":\"2099-06-30T18:59:59Z\"}", onlyRequest(postRequestedFor(urlPathEqualTo(open))
                .withRequestBody(WireMock.containing("2099"))));

        posting(session, form).formParam("action", "open")
                .formParam("closesOn", "2001-01-01")
                .when().post(page + "/consultation")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#consultation-closes\">"))
                .body(containsString("value=\"2001-01-01\""));
        Stubs.events().verifyThat(2, postRequestedFor(urlPathEqualTo(open)));
    }

    @Test
    void aParticipantIsAddedWithPositionInTheChosenLanguageAndALatinSpelling() {
        String session = SignIn.as("editor");
        String page = "/admin/forums/" + slug;
        String participants = EVENTS + "/" + slug + "/participants";
        Stubs.events().register(post(urlPathEqualTo(participants)).willReturn(Stubs.json(201, "{}")));
        Stubs.events().register(post(urlPathEqualTo(participants)).withRequestBody(WireMock.containing("KING"))
                .willReturn(problem("""
                        [{"field":"name","message":"must not be blank"},{"field":"role","message":"has the wrong type or format"},
                         {"field":"latinName","message":"use Latin letters only"}]""")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(page));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "kk").when().get(page)
                .then().body(containsString("<label for=\"participant-latin-name\">Аты-жөні латын әрпімен (міндетті емес)</label>"))
                .body(containsString("id=\"participant-latin-name\" name=\"latinName\" value=\"\" aria-describedby=\"participant-latin-name-hint\" lang=\"en\""));

        posting(session, form)
                .formParam("name", "").formParam("latinName", "Гүлнар").formParam("role", "KING")
                .formParam("position", "Депутат").formParam("organisation", "").formParam("textLanguage", "ru")
                .when().post(page + "/participants")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#participant-name\">"))
                .body(containsString("<li><a href=\"#participant-role\">"))
                .body(containsString("<li><a href=\"#participant-latin-name\">Use Latin letters, spaces, hyphens and apostrophes only, at most 200 characters</a></li>"))
                .body(containsString("aria-describedby=\"participant-latin-name-hint participant-latin-name-error\""))
                .body(containsString("id=\"participant-latin-name\" name=\"latinName\" value=\"Гүлнар\""))
                .body(containsString("id=\"participant-position\" name=\"position\" value=\"Депутат\""));

        posting(session, form)
                .formParam("name", "Гүлнар Әбенова").formParam("latinName", " Gulnar Abenova ").formParam("role", "EXPERT")
                .formParam("position", "Экономист").formParam("organisation", "").formParam("textLanguage", "ru")
                .when().post(page + "/participants")
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=participant#participants"));
        assertJson("""
                {"name":"Гүлнар Әбенова","latinName":"Gulnar Abenova","position":{"ru":"Экономист"},"role":"EXPERT"}""",
                onlyRequest(postRequestedFor(urlPathEqualTo(participants)).withRequestBody(WireMock.containing("EXPERT"))));
    }

    @Test
    void aStatementIsAttributedToOneOfTheForumsParticipantsAndMarkedQuotedOrReported() {
        String session = SignIn.as("editor");
        String page = "/admin/forums/" + slug;
        String statements = EVENTS + "/" + slug + "/statements";
        Stubs.events().register(post(urlPathEqualTo(statements)).willReturn(Stubs.json(201, "{}")));
        Stubs.events().register(post(urlPathEqualTo(statements)).withRequestBody(WireMock.containing("\"participantId\":99"))
                .willReturn(problem("""
                        [{"field":"participantId","message":"is not a participant of this event"},
                         {"field":"kind","message":"has the wrong type or format"}]""")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(page));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "ru").when().get(page)
                .then().body(containsString("<option value=\"41\">Айдос Серіков</option>"))
                .body(containsString("<option value=\"31\">Пленарная сессия</option>"))
                .body(containsString("<legend>Цитата или пересказ</legend>"))
                .body(containsString("<input type=\"radio\" id=\"statement-kind-QUOTE\" name=\"kind\" value=\"QUOTE\" checked>"))
                .body(containsString("<label for=\"statement-kind-REPORTED\">Пересказ источника</label>"));

        posting(session, form)
                .formParam("participantId", "99").formParam("agendaItemId", "").formParam("text", "Слова")
                .formParam("language", "ru").formParam("kind", "RUMOUR")
                .when().post(page + "/statements")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#statement-participant\">"))
                .body(containsString("<li><a href=\"#statement-kind\">Choose whether the statement is a quote or reported</a></li>"))
                .body(containsString("<p class=\"error-message\" id=\"statement-kind-error\">"))
                .body(containsString(">Слова</textarea>"));

        posting(session, form)
                .formParam("participantId", "41").formParam("agendaItemId", "31")
                .formParam("text", "Бюджет должен быть открытым.").formParam("language", "ru")
                .formParam("kind", "REPORTED")
                .when().post(page + "/statements")
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=statement#statements"));
        assertJson("""
                {"participantId":41,"agendaItemId":31,"text":"Бюджет должен быть открытым.","language":"ru",
                 "kind":"REPORTED"}""",
                onlyRequest(postRequestedFor(urlPathEqualTo(statements)).withRequestBody(WireMock.containing("открытым"))));
    }

    @Test
    void aMaterialFileIsPassedOnToEventsServiceAsMultipart() {
        String session = SignIn.as("editor");
        String page = "/admin/forums/" + slug;
        String materials = EVENTS + "/" + slug + "/materials";
        Stubs.events().register(post(urlPathEqualTo(materials)).willReturn(Stubs.json(201, "{}")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(page));
        byte[] file = "Протокол слушаний\n".getBytes(StandardCharsets.UTF_8);

        given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .multiPart(text(CSRF, form.field(CSRF)))
                .multiPart(text("kind", "TRANSCRIPT"))
                .multiPart(text("title.kk", ""))
                .multiPart(text("title.ru", "Протокол"))
                .multiPart(text("title.en", ""))
                .multiPart(text("language", "ru"))
                .multiPart("file", "protocol.txt", file, "text/plain")
                .multiPart(text("link", ""))
                .multiPart(text("changeNote", ""))
                .when().post(page + "/materials")
                .then().statusCode(303)
                .header("Location", endsWith(page + "?done=material#materials"));

        List<LoggedRequest> sent = Stubs.events().find(postRequestedFor(urlPathEqualTo(materials)));
        assertThat(sent, hasSize(1));
        Stubs.events().verifyThat(1, postRequestedFor(urlPathEqualTo(materials))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("editor")))
                .withAnyRequestBodyPart(aMultipart().withName("kind").withBody(WireMock.equalTo("TRANSCRIPT")))
                .withAnyRequestBodyPart(aMultipart().withName("title.ru").withBody(WireMock.equalTo("Протокол")))
                .withAnyRequestBodyPart(aMultipart().withName("language").withBody(WireMock.equalTo("ru")))
                .withAnyRequestBodyPart(aMultipart().withName("file").withBody(WireMock.equalTo("Протокол слушаний\n"))));
        String body = sent.get(0).getBodyAsString();
        assertTrue(body.contains("filename=\"protocol.txt\""), body);
        assertTrue(!body.contains("name=\"title.kk\"") && !body.contains("name=\"link\""), "empty fields are left out: " + body);
    }

    @Test
    void aMaterialNeedsAFileOrALinkAndATitle() {
        String session = SignIn.as("editor");
        String page = "/admin/forums/" + slug;
        Stubs.events().register(post(urlPathEqualTo(EVENTS + "/" + slug + "/materials")).willReturn(problem("""
                [{"field":"title","message":"needs a text in at least one of title.kk, title.ru, title.en"},
                 {"field":"link","message":"must be an https:// address of at most 2000 characters"}]""")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(page));

        given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies()).header("Accept-Language", "en")
                .multiPart(text(CSRF, form.field(CSRF)))
                .multiPart(text("kind", "DOCUMENT"))
                .multiPart(text("title.kk", ""))
                .multiPart(text("title.ru", ""))
                .multiPart(text("title.en", ""))
                .multiPart(text("language", "en"))
                .multiPart(text("link", "http://insecure.example/file.pdf"))
                .multiPart(text("changeNote", "Первая версия"))
                .when().post(page + "/materials")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#material-title-kk\">Enter the title in at least one language, at most 300 characters each</a></li>"))
                .body(containsString("<li><a href=\"#material-link\">"))
                .body(containsString("value=\"http://insecure.example/file.pdf\""))
                .body(containsString("value=\"Первая версия\""));
        Stubs.events().verifyThat(1, postRequestedFor(urlPathEqualTo(EVENTS + "/" + slug + "/materials"))
                .withAnyRequestBodyPart(aMultipart().withName("link").withBody(WireMock.equalTo("http://insecure.example/file.pdf"))));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefusedAndNothingIsSent() {
        String session = SignIn.as("editor");
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").contentType(FORM)
                .formParam("slug", "no-token").formParam("title.en", "No token").formParam("city.en", "Almaty")
                .formParam("date", "2026-12-01").formParam("kind", "FORUM").formParam("format", "ONLINE")
                .when().post("/admin/forums")
                .then().statusCode(403)
                .body(containsString("This form could not be accepted"));
        given().cookie(SignIn.SESSION_COOKIE, session).contentType(FORM)
                .when().post("/admin/forums/" + slug + "/publish")
                .then().statusCode(403);
        given().cookie(SignIn.SESSION_COOKIE, session)
                .multiPart(text("kind", "DOCUMENT")).multiPart(text("title.en", "No token")).multiPart(text("language", "en"))
                .multiPart("file", "a.txt", "text".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/admin/forums/" + slug + "/materials")
                .then().statusCode(403);
        Stubs.events().verifyThat(0, postRequestedFor(urlPathEqualTo(EVENTS))
                .withRequestBody(WireMock.containing("no-token")));
        Stubs.events().verifyThat(0, anyRequestedFor(urlPathMatching(EVENTS + "/" + slug + "/.+")));
    }

    @Test
    void onlyEditorsAndAdministratorsReachTheEditingPages() {
        given().redirects().follow(false).when().get("/admin/forums/" + slug)
                .then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Fadmin%2Fforums%2F" + slug));
        for (String user : new String[] {"moderator", "citizen2"}) {
            String session = SignIn.as(user);
            given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                    .when().get("/admin/forums/" + slug)
                    .then().statusCode(403)
                    .body(containsString("You cannot see this page"));
            // a valid CSRF token does not make the form theirs
            PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/"));
            posting(session, form).when().post("/admin/forums/" + slug + "/publish")
                    .then().statusCode(403);
            posting(session, form).formParam("name", "Someone").formParam("role", "GUEST")
                    .formParam("textLanguage", "en")
                    .when().post("/admin/forums/" + slug + "/participants")
                    .then().statusCode(403);
        }
        Stubs.events().verifyThat(0, anyRequestedFor(urlPathMatching(EVENTS + "/" + slug + ".*")));
    }

    @Test
    void anArchivedForumIsReadOnly() {
        String session = SignIn.as("editor");
        String archived = "archived-" + UUID.randomUUID().toString().substring(0, 8);
        stubForum(archived, "ARCHIVED");
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get("/admin/forums/" + archived)
                .then().statusCode(200)
                .body(containsString("<span class=\"tag\">Archived</span>"))
                .body(not(containsString("action=\"/admin/forums/" + archived + "/participants\"")))
                .body(not(containsString("action=\"/admin/forums/" + archived + "/materials\"")))
                .body(not(containsString("action=\"/admin/forums/" + archived + "/consultation\"")));
    }

    private static RequestSpecification posting(String session, PageForm form) {
        return EditorRequests.posting(session, form, "en");
    }

    private static RequestSpecification posting(String session, PageForm form, String lang) {
        return EditorRequests.posting(session, form, lang);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(String errors) {
        return EditorRequests.problem(400, "validation", errors);
    }

    /** A forum of the stub events-service, as its editors read it (drafts included). */
    private static void stubForum(String slug, String status) {
        Stubs.events().register(get(urlPathEqualTo(EVENTS + "/" + slug)).willReturn(Stubs.json(200, """
                {"slug":"%1$s","title":{"ru":"Слушания по бюджету Шымкента"},"summary":{"ru":"Кратко"},
                 "description":{"ru":"Подробное описание слушаний"},"kind":"HEARING","format":"ONLINE",
                 "topics":["budget"],"city":{"kk":"Шымкент","ru":"Шымкент","en":"Shymkent"},"venue":null,
                 "organiser":{"kk":"Шымкент әкімдігі","ru":"Акимат"},"source":{"ru":"Протокол слушаний"},
                 "coverUrl":"https://example.org/cover.png","date":"2026-12-01","startsAt":"2026-12-01T05:00:00Z",
                 "endsAt":"2026-12-01T09:00:00Z","timeZone":"Asia/Almaty","status":"%2$s",
                 "consultation":{"slug":"%1$s","status":"%2$s","open":false,"opensAt":null,"closesAt":null},
                 "agenda":[{"id":31,"kind":"PANEL","title":{"ru":"Пленарная сессия"}}],
                 "participants":[{"id":41,"name":"Айдос Серіков","position":{"ru":"Депутат"},"role":"SPEAKER"}],
                 "statements":[],"materials":[]}""".formatted(slug, status))));
    }
}
