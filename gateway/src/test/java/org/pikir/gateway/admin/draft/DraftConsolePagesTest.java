package org.pikir.gateway.admin.draft;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;
import org.pikir.gateway.admin.EditorRequests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
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
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.pikir.gateway.admin.EditorRequests.assertJson;
import static org.pikir.gateway.admin.EditorRequests.onlyRequest;
import static org.pikir.gateway.admin.EditorRequests.problem;
import static org.pikir.gateway.admin.EditorRequests.text;

/**
 * A forum's draft documents in the admin console: the list and the import of a file (passed on to events-service as
 * multipart), the structure editor of a version (warnings linking to units, one form per unit, removal and
 * publishing after a confirmation page, another language's text, a new version) and who may use them. events-service
 * is the only validator: its field errors come back next to the fields.
 */
@QuarkusTest
class DraftConsolePagesTest {

    private static final String CSRF = EditorRequests.CSRF;

    private String slug;
    private String drafts;
    private String api;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        slug = Stubs.forumOfItsOwn("drafted");
        Stubs.commentThreads(slug, "[]");
        drafts = "/admin/forums/" + slug + "/drafts";
        api = "/api/events/" + slug + "/drafts";
        Stubs.events().register(get(urlPathEqualTo(api)).willReturn(Stubs.json(200, draftResource("list.json"))));
        Stubs.events().register(get(urlPathEqualTo(api + "/7")).willReturn(Stubs.json(200, draftResource("draft-7.json"))));
        Stubs.events().register(get(urlPathEqualTo(api + "/7/versions/2"))
                .willReturn(Stubs.json(200, draftResource("draft-7-v2-ru.json"))));
        Stubs.events().register(get(urlPathEqualTo(api + "/7/versions/1"))
                .willReturn(Stubs.json(200, draftResource("draft-7-v1-ru.json"))));
    }

    @Test
    void theForumsEditingPageLinksToItsDraftsWhichListTheirVersions() {
        String session = SignIn.as("editor");
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get("/admin/forums/" + slug)
                .then().statusCode(200)
                .body(containsString("<a href=\"" + drafts + "\">Draft documents</a>"));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "ru")
                .when().get(drafts)
                .then().statusCode(200)
                .body(containsString("<h1>Проекты документов</h1>"))
                .body(containsString("Проект рекомендаций экспертного форума <span class=\"tag\">Демонстрация</span>"))
                .body(containsString("<a href=\"" + drafts + "/7/versions/2\">Редакция 2, редактируется"))
                .body(containsString("<a href=\"" + drafts + "/7/versions/1\">Редакция 1, опубликована"))
                .body(containsString("<a href=\"/forums/" + slug + "/drafts/7?v=1\">Открытая страница"))
                .body(containsString("<a href=\"" + drafts + "/8/versions/1\">Редакция 1, редактируется"))
                .body(containsString("<form class=\"admin-form\" method=\"post\" action=\"" + drafts
                        + "\" enctype=\"multipart/form-data\" novalidate>"))
                .body(containsString("<label for=\"draft-file\">Файл</label>"))
                .body(not(containsString("#new-version")));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "kk").when().get(drafts)
                .then().statusCode(200).body(containsString("<h1>Құжат жобалары</h1>"));
    }

    @Test
    void anImportedFileIsPassedOnAsMultipartAndOpensTheNewVersion() {
        String session = SignIn.as("editor");
        Stubs.events().register(post(urlPathEqualTo(api)).willReturn(Stubs.json(201, """
                {"id":9,"title":{"ru":"Проект закона"},"languages":["ru"],"demonstration":true,"currentVersion":null,
                 "editingVersion":1,"articleCount":4,"versions":[{"number":1,"status":"EDITING","languages":["ru"]}]}""")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(drafts));

        multipart(session, form, "ru")
                .multiPart(text("title.kk", ""))
                .multiPart(text("title.ru", "Проект закона"))
                .multiPart(text("title.en", ""))
                .multiPart(text("language", "ru"))
                .multiPart(text("demonstration", "true"))
                .multiPart("file", "proekt.txt", "Статья 1. Цели\n1. Закон определяет порядок.\n"
                        .getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post(drafts)
                .then().statusCode(303)
                .header("Location", endsWith(drafts + "/9/versions/1?done=imported"));

        Stubs.events().verifyThat(1, postRequestedFor(urlPathEqualTo(api))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + SignIn.accessTokenOf("editor")))
                .withAnyRequestBodyPart(aMultipart().withName("titleRu").withBody(WireMock.equalTo("Проект закона")))
                .withAnyRequestBodyPart(aMultipart().withName("language").withBody(WireMock.equalTo("ru")))
                .withAnyRequestBodyPart(aMultipart().withName("demonstration").withBody(WireMock.equalTo("true")))
                .withAnyRequestBodyPart(aMultipart().withName("file")
                        .withBody(WireMock.equalTo("Статья 1. Цели\n1. Закон определяет порядок.\n"))));
        String body = onlyRequest(postRequestedFor(urlPathEqualTo(api))).getBodyAsString();
        assertThat(body, containsString("filename=\"proekt.txt\""));
        assertThat("empty titles are left out", body, not(containsString("name=\"titleKk\"")));
    }

    @Test
    void aFileNothingCouldBeRecognisedInIsRefusedNextToTheFileField() {
        String session = SignIn.as("editor");
        Stubs.events().register(post(urlPathEqualTo(api)).willReturn(problem(422, "validation", """
                [{"field":"file","message":"no article, chapter or paragraph could be recognised"}]""")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(drafts));

        multipart(session, form, "en")
                .multiPart(text("title.en", "Minutes"))
                .multiPart(text("language", "en"))
                .multiPart("file", "minutes.txt", "Just some words\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post(drafts)
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#draft-file\">Choose a .docx, .txt or .md file whose numbering"))
                .body(containsString("<p class=\"error-message\" id=\"draft-file-error\">"))
                .body(containsString("value=\"Minutes\""))
                .body(containsString("<option value=\"en\" selected>"));

        Stubs.events().register(post(urlPathEqualTo(api)).willReturn(problem(415, "unsupported-media-type", "[]")));
        multipart(session, form, "en")
                .multiPart(text("title.en", "Minutes"))
                .multiPart(text("language", "en"))
                .multiPart("file", "minutes.pdf", "%PDF".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .when().post(drafts)
                .then().statusCode(415)
                .body(containsString("<li><a href=\"#draft-file\">Choose a .docx, .txt or .md file</a></li>"));
    }

    @Test
    void theStructureEditorShowsTheWarningsLinkedToTheUnitsAndOneFormPerUnit() {
        String version = drafts + "/7/versions/2";
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("editor")).header("Accept-Language", "en")
                .when().get(version)
                .then().statusCode(200)
                .body(containsString("<h1>Проект рекомендаций экспертного форума</h1>"))
                .body(containsString("Check before publishing (3)"))
                .body(containsString("<a href=\"" + version + "?language=ru&amp;page=1#unit-article-3-dup-2-number\">Статья 3 appears twice</a>"))
                .body(containsString("<li>article-5 is in kk only</li>"))
                .body(containsString("<li id=\"unit-article-3-dup-2\" tabindex=\"-1\""))
                .body(containsString("<form class=\"admin-form\" method=\"post\" action=\"" + version
                        + "/units/article-3-dup-2?language=ru&amp;page=1\" novalidate>"))
                .body(containsString("<option value=\"ARTICLE\" selected>Article</option>"))
                .body(containsString("id=\"unit-article-3-dup-2-number\" name=\"number\" value=\"Статья 3\""))
                .body(containsString("Заседания проводятся открыто.</textarea>"))
                .body(containsString("<a href=\"" + version + "/units/article-3-dup-2/remove?language=ru&amp;page=1\">Remove"))
                .body(containsString("<a href=\"" + version + "?language=kk\">Қазақша</a>"))
                .body(containsString("<a href=\"" + version + "/publish\">Publish this version</a>"))
                .body(containsString("<a href=\"" + version + "/table?language=ru\">Comparative table</a>"))
                .body(containsString("action=\"" + version + "/texts?language=ru\" enctype=\"multipart/form-data\""))
                .body(not(containsString("Start a new version")));
    }

    @Test
    void unitsArePagedByFiftyAndAWarningLinksToItsPage() {
        List<Map<String, Object>> units = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("key", "article-" + i);
            unit.put("articleKey", "article-" + i);
            unit.put("kind", "ARTICLE");
            unit.put("number", "Статья " + i);
            unit.put("heading", "Заголовок " + i);
            unit.put("text", "");
            unit.put("depth", 0);
            unit.put("position", i - 1);
            units.add(unit);
        }
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("draftId", 7);
        text.put("version", 2);
        text.put("status", "EDITING");
        text.put("language", "kk");
        text.put("languages", List.of("ru", "kk"));
        text.put("units", units);
        text.put("warnings", List.of(Map.of("key", "article-55", "field", "heading", "message", "Бап тақырыбы жоқ")));
        Stubs.events().register(get(urlPathEqualTo(api + "/7/versions/2")).withQueryParam("language", WireMock.equalTo("kk"))
                .atPriority(1).willReturn(Stubs.json(200, Stubs.write(text))));
        String version = drafts + "/7/versions/2";
        String session = SignIn.as("editor");

        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "kk")
                .when().get(version + "?language=kk")
                .then().statusCode(200)
                .body(containsString("id=\"unit-article-50\""))
                .body(not(containsString("id=\"unit-article-51\"")))
                .body(containsString("<a href=\"" + version + "?language=kk&amp;page=2#unit-article-55-heading\">Бап тақырыбы жоқ</a>"))
                .body(containsString("<a href=\"" + version + "?language=kk&amp;page=2#units\" rel=\"next\">"));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "kk")
                .when().get(version + "?language=kk&page=2")
                .then().statusCode(200)
                .body(containsString("id=\"unit-article-51\""))
                .body(containsString("action=\"" + version + "/units/article-55?language=kk&amp;page=2\""))
                .body(not(containsString("id=\"unit-article-50\"")));
        Stubs.events().verifyThat(anyRequestedFor(urlPathEqualTo(api + "/7/versions/2"))
                .withQueryParam("language", WireMock.equalTo("kk")));
    }

    @Test
    void savingAUnitSendsItsStructureAndComesBackToItUnderItsNewKey() {
        String session = SignIn.as("editor");
        String version = drafts + "/7/versions/2";
        String unit = api + "/7/versions/2/units/article-3-dup-2";
        Stubs.events().register(put(urlPathEqualTo(unit)).willReturn(Stubs.json(200, """
                {"key":"article-4","articleKey":"article-4","kind":"ARTICLE","number":"Статья 4","heading":"Порядок работы",
                 "text":"Заседания проводятся открыто.","depth":1,"position":4}""")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(version));

        EditorRequests.posting(session, form, "ru")
                .formParam("kind", "ARTICLE").formParam("number", " Статья 4 ").formParam("heading", "Порядок работы")
                .formParam("text", "Заседания проводятся открыто.")
                .when().post(version + "/units/article-3-dup-2?language=ru&page=1")
                .then().statusCode(303)
                .header("Location", endsWith(version + "?done=unit-saved&language=ru#unit-article-4"));

        LoggedRequest sent = onlyRequest(putRequestedFor(urlPathEqualTo(unit)));
        assertThat(sent.queryParameter("language").firstValue(), org.hamcrest.Matchers.equalTo("ru"));
        assertJson("""
                {"kind":"ARTICLE","number":"Статья 4","heading":"Порядок работы","text":"Заседания проводятся открыто."}""",
                sent);
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "ru")
                .when().get(version + "?done=unit-saved&language=ru")
                .then().body(containsString("<p class=\"success\" role=\"status\">Элемент сохранён.</p>"));
    }

    @Test
    void aNumberTheServiceRefusesIsShownNextToThatUnitsNumber() {
        String session = SignIn.as("editor");
        String version = drafts + "/7/versions/2";
        Stubs.events().register(put(urlPathEqualTo(api + "/7/versions/2/units/article-3-dup-2"))
                .willReturn(problem(422, "validation", """
                        [{"field":"number","message":"another unit already has this number"}]""")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(version));

        EditorRequests.posting(session, form, "en")
                .formParam("kind", "ARTICLE").formParam("number", "Статья 1").formParam("heading", "Порядок")
                .formParam("text", "")
                .when().post(version + "/units/article-3-dup-2?language=ru&page=1")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#unit-article-3-dup-2-number\">Write the number as the text writes it"))
                .body(containsString("<p class=\"error-message\" id=\"unit-article-3-dup-2-number-error\">"))
                .body(containsString("id=\"unit-article-3-dup-2-number\" name=\"number\" value=\"Статья 1\""))
                .body(containsString("id=\"unit-article-3-number\" name=\"number\" value=\"Статья 3\""));

        Stubs.events().register(put(urlPathEqualTo(api + "/7/versions/2/units/article-1"))
                .willReturn(problem(409, "version-published", "[]")));
        EditorRequests.posting(session, form, "en")
                .formParam("kind", "ARTICLE").formParam("number", "Статья 1").formParam("heading", "").formParam("text", "")
                .when().post(version + "/units/article-1?language=ru")
                .then().statusCode(409)
                .body(containsString("<li><a href=\"#unit-article-1-number\">This version is published"));
    }

    @Test
    void aUnitIsRemovedAfterAConfirmationPage() {
        String session = SignIn.as("editor");
        String version = drafts + "/7/versions/2";
        String unit = api + "/7/versions/2/units/article-3-dup-2";
        Stubs.events().register(delete(urlPathEqualTo(unit)).willReturn(aResponse().withStatus(204)));
        String confirm = version + "/units/article-3-dup-2/remove?language=ru&page=1";
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(confirm));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get(confirm)
                .then().statusCode(200)
                .body(containsString("<h1>Remove this unit?</h1>"))
                .body(containsString("<p class=\"lead\">Статья 3 Порядок работы</p>"))
                .body(containsString("<form method=\"post\" action=\"" + version
                        + "/units/article-3-dup-2/remove?language=ru&amp;page=1\">"));
        Stubs.events().verifyThat(0, deleteRequestedFor(urlPathEqualTo(unit)));

        EditorRequests.posting(session, form, "en").when().post(confirm)
                .then().statusCode(303)
                .header("Location", endsWith(version + "?done=unit-removed&language=ru#units"));
        assertThat(onlyRequest(deleteRequestedFor(urlPathEqualTo(unit))).queryParameter("language").firstValue(),
                org.hamcrest.Matchers.equalTo("ru"));
    }

    @Test
    void publishingAsksFirstAndTheServicesRefusalStaysOnTheConfirmationPage() {
        String session = SignIn.as("editor");
        String version = drafts + "/7/versions/2";
        String publish = api + "/7/versions/2/publish";
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(version + "/publish"));
        Stubs.events().register(post(urlPathEqualTo(publish)).willReturn(Stubs.json(200, draftResource("draft-7.json"))));

        EditorRequests.posting(session, form, "en").when().post(version + "/publish?language=ru")
                .then().statusCode(303)
                .header("Location", endsWith(version + "?done=published&language=ru"));
        Stubs.events().verifyThat(1, postRequestedFor(urlPathEqualTo(publish)));

        Stubs.events().register(post(urlPathEqualTo(publish)).willReturn(problem(409, "version-published", "[]")));
        EditorRequests.posting(session, form, "en").when().post(version + "/publish?language=ru")
                .then().statusCode(409)
                .body(containsString("<li><a href=\"#confirm\">This version is published and can no longer be changed."));
    }

    @Test
    void anotherLanguagesTextIsPassedOnAsMultipart() {
        String session = SignIn.as("editor");
        String version = drafts + "/7/versions/2";
        String texts = api + "/7/versions/2/texts";
        Stubs.events().register(post(urlPathEqualTo(texts)).willReturn(Stubs.json(200, draftResource("draft-7-v2-ru.json"))));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(version));

        multipart(session, form, "en")
                .multiPart(text("language", "kk"))
                .multiPart("file", "zhoba.md", "# 1-бап. Мақсаттар\n".getBytes(StandardCharsets.UTF_8), "text/markdown")
                .when().post(version + "/texts?language=ru")
                .then().statusCode(303)
                .header("Location", endsWith(version + "?done=text-imported&language=kk"));
        Stubs.events().verifyThat(1, postRequestedFor(urlPathEqualTo(texts))
                .withAnyRequestBodyPart(aMultipart().withName("language").withBody(WireMock.equalTo("kk")))
                .withAnyRequestBodyPart(aMultipart().withName("file").withBody(WireMock.equalTo("# 1-бап. Мақсаттар\n"))));

        Stubs.events().register(post(urlPathEqualTo(texts)).willReturn(problem(422, "validation", """
                [{"field":"file","message":"nothing recognised"}]""")));
        multipart(session, form, "en")
                .multiPart(text("language", "kk"))
                .multiPart("file", "empty.txt", "\n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post(version + "/texts?language=ru")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#text-file\">"))
                .body(containsString("<option value=\"kk\" selected>"));
    }

    @Test
    void aPublishedVersionIsReadOnlyAndTheNewestStartsTheNextVersion() {
        String session = SignIn.as("editor");
        String published = draftResource("draft-7.json").replace("\"editingVersion\":2", "\"editingVersion\":null")
                .replace("{\"number\":2,\"status\":\"EDITING\",\"publishedAt\":null,\"changeNote\":{\"ru\":\"Учтены рекомендации\"},\"languages\":[\"ru\",\"kk\"]},", "");
        Stubs.events().register(get(urlPathEqualTo(api + "/7")).inScenario("next-version")
                .whenScenarioStateIs(Scenario.STARTED).atPriority(1)
                .willReturn(Stubs.json(200, published)));
        Stubs.events().register(get(urlPathEqualTo(api)).atPriority(1).willReturn(Stubs.json(200,
                draftResource("list.json").replace("\"editingVersion\":2", "\"editingVersion\":null"))));
        given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get(drafts)
                .then().statusCode(200)
                .body(containsString("<a href=\"" + drafts + "/7/versions/1#new-version\">Start a new version"));
        String version = drafts + "/7/versions/1";
        String page = given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en")
                .when().get(version)
                .then().statusCode(200)
                .body(containsString("This version is published"))
                .body(containsString("<a href=\"/forums/" + slug + "/drafts/7?v=1\">Public page</a>"))
                .body(containsString("Форум обсуждает поправки."))
                .body(not(containsString("name=\"number\"")))
                .body(not(containsString("Publish this version")))
                .body(containsString("<form class=\"admin-form\" method=\"post\" action=\"" + version + "/next?language=ru\" novalidate>"))
                .body(containsString("name=\"changeNote.kk\""))
                .extract().asString();
        assertThat(page, not(containsString("Comparative table")));

        Stubs.events().register(post(urlPathEqualTo(api + "/7/versions")).inScenario("next-version")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("started")
                .willReturn(Stubs.json(201, "{\"number\":2,\"status\":\"EDITING\"}")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(version));
        EditorRequests.posting(session, form, "en")
                .formParam("changeNote.kk", "").formParam("changeNote.ru", "Учтены рекомендации")
                .formParam("changeNote.en", "")
                .when().post(version + "/next?language=ru")
                .then().statusCode(303)
                .header("Location", endsWith(drafts + "/7/versions/2?done=version-started&language=ru"));
        assertJson("{\"changeNote\":{\"ru\":\"Учтены рекомендации\"}}",
                onlyRequest(postRequestedFor(urlPathEqualTo(api + "/7/versions"))));

        // another editor started one meanwhile
        Stubs.events().register(get(urlPathEqualTo(api + "/7")).atPriority(1).willReturn(Stubs.json(200, published)));
        Stubs.events().register(post(urlPathEqualTo(api + "/7/versions")).atPriority(1)
                .willReturn(problem(409, "version-editing", "[]")));
        EditorRequests.posting(session, form, "en")
                .formParam("changeNote.ru", "Ещё одна")
                .when().post(version + "/next?language=ru")
                .then().statusCode(409)
                .body(containsString("<li><a href=\"#new-version-note-kk\">A version is already being edited"))
                .body(containsString(">Ещё одна</textarea>"));
    }

    @Test
    void draftPagesAreForEditorsWithTheCsrfTokenOnly() {
        String version = drafts + "/7/versions/2";
        for (String user : new String[] {"citizen2", "moderator"}) {
            String session = SignIn.as(user);
            given().cookie(SignIn.SESSION_COOKIE, session).when().get(drafts).then().statusCode(403);
            given().cookie(SignIn.SESSION_COOKIE, session).when().get(version).then().statusCode(403);
            given().cookie(SignIn.SESSION_COOKIE, session).when().get(version + "/table").then().statusCode(403);
            given().cookie(SignIn.SESSION_COOKIE, session).when().get(version + "/table.docx").then().statusCode(403);
            PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/"));
            EditorRequests.posting(session, form, "en").formParam("number", "Статья 9")
                    .when().post(version + "/units/article-1").then().statusCode(403);
            EditorRequests.posting(session, form, "en").when().post(version + "/publish").then().statusCode(403);
        }
        given().redirects().follow(false).when().get(version)
                .then().statusCode(303)
                .header("Location", containsString("/login?next=" + java.net.URLEncoder.encode(version, StandardCharsets.UTF_8)));
        given().redirects().follow(false).when().get(drafts)
                .then().statusCode(303).header("Location", containsString("/login?next="));
        String editor = SignIn.as("editor");
        given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, editor).contentType(EditorRequests.FORM)
                .when().post(version + "/publish")
                .then().statusCode(403);
        given().cookie(SignIn.SESSION_COOKIE, editor)
                .multiPart(text("title.en", "No token")).multiPart(text("language", "en"))
                .multiPart("file", "a.txt", "Article 1.".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post(drafts)
                .then().statusCode(403);
        Stubs.events().verifyThat(0, postRequestedFor(urlPathMatching(api + ".*")));
        Stubs.events().verifyThat(0, putRequestedFor(urlPathMatching(api + ".*")));
    }

    @Test
    void anUnknownDraftOrVersionIsNotFound() {
        String session = SignIn.as("editor");
        Stubs.events().register(get(urlPathEqualTo(api + "/99")).willReturn(problem(404, "not-found", "[]")));
        given().cookie(SignIn.SESSION_COOKIE, session).when().get(drafts + "/99/versions/1").then().statusCode(404);
        given().cookie(SignIn.SESSION_COOKIE, session).when().get(drafts + "/7/versions/5").then().statusCode(404);
        given().cookie(SignIn.SESSION_COOKIE, session).when().get(drafts + "/x/versions/1").then().statusCode(404);
    }

    private static RequestSpecification multipart(String session, PageForm form, String lang) {
        return given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .header("Accept-Language", lang)
                .multiPart(text(CSRF, form.field(CSRF)));
    }

    static String draftResource(String name) {
        return Stubs.resource("drafts/" + name);
    }
}
