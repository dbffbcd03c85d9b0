package org.pikir.gateway.admin;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.gateway.admin.EditorRequests.posting;

/**
 * The topic catalogue's page and a statement's translations page: for editors and administrators only, labelled
 * fields in kk/ru/en, the CSRF token, mistakes listed and shown at their fields, and exactly the request
 * events-service takes, with the editor's token.
 */
@QuarkusTest
class ContentEditingPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final String TRANSLATIONS = "/admin/forums/" + Stubs.ALMATY + "/statements/2/translations";

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    private static PageForm page(String session, String path) {
        return PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get(path));
    }

    private static LoggedRequest onlyRequest(List<LoggedRequest> sent) {
        assertThat(sent, hasSize(1));
        return sent.get(0);
    }

    @Test
    void theTopicPageListsEachTopicWithItsNamesAndOnlyEditorsOpenIt() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("editor")).header("Accept-Language", "ru")
                .when().get("/admin/topics")
                .then().statusCode(200)
                .body(containsString("<h1>Темы</h1>"))
                .body(containsString("<h2>Государственное управление</h2>"))
                .body(containsString("<code>public-administration</code>"))
                .body(containsString("<label for=\"topic-public-administration-en\">"))
                .body(containsString("value=\"Public administration\""))
                .body(containsString("<label for=\"topic-slug\">Адрес</label>"))
                .body(containsString("<input type=\"hidden\" name=\"csrf-token\" value=\""));
        given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen()).when().get("/admin/topics").then().statusCode(403);
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("moderator")).when().get("/admin/topics").then().statusCode(403);
    }

    @Test
    void anEditorAddsATopicWithItsThreeNames() {
        String slug = "water-" + UUID.randomUUID().toString().substring(0, 8);
        Stubs.events().register(post(urlPathEqualTo("/api/events/topics")).willReturn(Stubs.json(201, "{}")));
        String session = SignIn.as("editor");
        posting(session, page(session, "/admin/topics"), "en")
                .formParam("slug", slug).formParam("name.kk", "Су").formParam("name.ru", "Вода")
                .formParam("name.en", "Water")
                .when().post("/admin/topics")
                .then().statusCode(303).header("Location", endsWith("/admin/topics?done=added"));
        LoggedRequest sent = onlyRequest(Stubs.events().find(postRequestedFor(urlPathEqualTo("/api/events/topics"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(slug))));
        assertTrue(equalToJson("""
                {"slug":"%s","name":{"kk":"Су","ru":"Вода","en":"Water"}}""".formatted(slug))
                .match(sent.getBodyAsString()).isExactMatch(), sent.getBodyAsString());
        assertThat(sent.getHeader("Authorization"), equalTo("Bearer " + SignIn.accessTokenOf("editor")));
    }

    @Test
    void aTopicWithoutEveryNameIsExplainedAtTheFieldsAndNothingIsSent() {
        String session = SignIn.as("editor");
        posting(session, page(session, "/admin/topics"), "en")
                .formParam("slug", "Not a slug").formParam("name.kk", "").formParam("name.ru", "Вода")
                .formParam("name.en", "Water")
                .when().post("/admin/topics")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#topic-slug\">Enter an address of lower-case Latin letters"))
                .body(containsString("<li><a href=\"#topic-new-kk\">Enter the name in every language"))
                .body(containsString("value=\"Вода\""));
        Stubs.events().verifyThat(0, postRequestedFor(urlPathEqualTo("/api/events/topics"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Not a slug")));
    }

    @Test
    void aTakenAddressAndARenameAreTheServicesToJudge() {
        String slug = "taken-" + UUID.randomUUID().toString().substring(0, 8);
        Stubs.events().register(post(urlPathEqualTo("/api/events/topics"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(slug))
                .willReturn(Stubs.json(409, """
                        {"type":"https://pikir.org/problems/duplicate-topic","title":"Conflict","status":409}""")));
        String session = SignIn.as("admin");
        posting(session, page(session, "/admin/topics"), "en")
                .formParam("slug", slug).formParam("name.kk", "Т").formParam("name.ru", "Т").formParam("name.en", "T")
                .when().post("/admin/topics")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#topic-slug\">A topic with this address already exists</a></li>"));

        Stubs.events().register(put(urlPathEqualTo("/api/events/topics/referendum")).willReturn(Stubs.json(200, "{}")));
        posting(session, page(session, "/admin/topics"), "en")
                .formParam("name.kk", "Референдум").formParam("name.ru", "Всенародное голосование")
                .formParam("name.en", "Referendum")
                .when().post("/admin/topics/referendum")
                .then().statusCode(303).header("Location", endsWith("/admin/topics?done=renamed#topic-referendum"));
        LoggedRequest sent = Stubs.events().find(putRequestedFor(urlPathEqualTo("/api/events/topics/referendum"))).get(0);
        assertTrue(equalToJson("""
                {"name":{"kk":"Референдум","ru":"Всенародное голосование","en":"Referendum"}}""")
                .match(sent.getBodyAsString()).isExactMatch(), sent.getBodyAsString());
    }

    @Test
    void theEditorPageLinksEachStatementToItsTranslations() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("editor")).header("Accept-Language", "en")
                .when().get("/admin/forums/" + Stubs.ALMATY)
                .then().statusCode(200)
                .body(containsString("<a href=\"/admin/forums/" + Stubs.ALMATY + "/statements/1/translations\">Translations</a>"));
    }

    @Test
    void theTranslationsPageShowsTheOriginalAndAFormPerOtherLanguage() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("editor")).header("Accept-Language", "en")
                .when().get("/admin/forums/" + Stubs.ALMATY + "/statements/1/translations")
                .then().statusCode(200)
                .body(containsString("<h1>Translations of a statement</h1>"))
                .body(containsString("<p class=\"long-text\" lang=\"ru\">Проект нового Основного закона"))
                .body(containsString("<label for=\"translation-kk\">"))
                .body(containsString("<label for=\"translation-en\">"))
                .body(not(containsString("id=\"translation-ru\"")))
                .body(containsString("The draft of the country&#39;s new Basic Law"))
                .body(containsString("action=\"/admin/forums/" + Stubs.ALMATY + "/statements/1/translations/en/remove\""))
                .body(not(containsString("translations/kk/remove")));
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("editor"))
                .when().get("/admin/forums/" + Stubs.ALMATY + "/statements/99/translations").then().statusCode(404);
        given().cookie(SignIn.SESSION_COOKIE, SignIn.asCitizen())
                .when().get(TRANSLATIONS).then().statusCode(403);
    }

    @Test
    void anEditorSavesAndRemovesATranslation() {
        String api = "/api/events/" + Stubs.ALMATY + "/statements/2/translations/en";
        Stubs.events().register(put(urlPathEqualTo(api)).willReturn(Stubs.json(200, "{}")));
        Stubs.events().register(delete(urlPathEqualTo(api)).willReturn(Stubs.json(204, "")));
        String session = SignIn.as("editor");
        String text = "The proposed changes reflect society's demand for fairness " + UUID.randomUUID();
        posting(session, page(session, TRANSLATIONS), "en").formParam("text", text)
                .when().post(TRANSLATIONS + "/en")
                .then().statusCode(303).header("Location", endsWith(TRANSLATIONS + "?done=saved#translation-en"));
        LoggedRequest sent = onlyRequest(Stubs.events().find(putRequestedFor(urlPathEqualTo(api))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(text))));
        assertThat(sent.getHeader("Authorization"), equalTo("Bearer " + SignIn.accessTokenOf("editor")));

        posting(session, page(session, TRANSLATIONS), "en").formParam("text", " ")
                .when().post(TRANSLATIONS + "/kk")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#translation-kk\">Enter the translation (up to 20000 characters)</a></li>"));
        posting(session, page(session, TRANSLATIONS), "en").formParam("text", "Оригинал")
                .when().post(TRANSLATIONS + "/ru").then().statusCode(404);

        posting(session, page(session, TRANSLATIONS), "en")
                .when().post(TRANSLATIONS + "/en/remove")
                .then().statusCode(303).header("Location", endsWith(TRANSLATIONS + "?done=removed#translation-en"));
        Stubs.events().verifyThat(deleteRequestedFor(urlPathEqualTo(api)));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, SignIn.as("editor")).contentType(FORM)
                .formParam("text", "No token")
                .when().post(TRANSLATIONS + "/en").then().statusCode(403);
    }
}
