package org.pikir.gateway.admin.draft;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;
import org.pikir.gateway.admin.EditorRequests;

import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.pikir.gateway.admin.EditorRequests.assertJson;
import static org.pikir.gateway.admin.EditorRequests.onlyRequest;
import static org.pikir.gateway.admin.EditorRequests.problem;

/**
 * The comparative table editor: per changed unit its wording before and after, a justification in kk, ru and en,
 * the accepted recommendations on its article (from feedback-service) to link, a button that fills the
 * justification from one, and the table as a Word file relayed from events-service.
 */
@QuarkusTest
class DraftTablePagesTest {

    private static final String RECOMMENDATIONS = "/api/feedback/recommendations";

    private String slug;
    private String table;
    private String api;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        slug = Stubs.forumOfItsOwn("tabled");
        table = "/admin/forums/" + slug + "/drafts/7/versions/2/table";
        api = "/api/events/" + slug + "/drafts/7";
        Stubs.events().register(get(urlPathEqualTo(api))
                .willReturn(Stubs.json(200, DraftConsolePagesTest.draftResource("draft-7.json"))));
        Stubs.events().register(get(urlPathEqualTo(api + "/versions/2/table"))
                .willReturn(Stubs.json(200, DraftConsolePagesTest.draftResource("draft-7-v2-table-ru.json"))));
        Stubs.feedback().register(get(urlPathEqualTo(RECOMMENDATIONS))
                .withQueryParam("event", WireMock.equalTo(slug))
                .withQueryParam("draftId", WireMock.equalTo("7"))
                .withQueryParam("article", WireMock.equalTo("article-1"))
                .withQueryParam("status", WireMock.equalTo("ACCEPTED"))
                .willReturn(Stubs.json(200, DraftConsolePagesTest.draftResource("recommendations-article-1.json")
                        .replace("SLUG", slug))));
        Stubs.feedback().register(get(urlPathEqualTo(RECOMMENDATIONS))
                .withQueryParam("event", WireMock.equalTo(slug))
                .withQueryParam("article", WireMock.equalTo("article-3"))
                .willReturn(Stubs.json(200, "{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0,\"totalPages\":0}")));
    }

    @Test
    void eachChangedUnitShowsItsWordingsJustificationAndTheAcceptedRecommendationsOnItsArticle() {
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("editor")).header("Accept-Language", "en")
                .when().get(table)
                .then().statusCode(200)
                .body(containsString("<h1>Comparative table of version 2</h1>"))
                .body(containsString("compared with version 1"))
                .body(containsString("<li id=\"row-article-1-p-1\" tabindex=\"-1\">"))
                .body(containsString("<dd lang=\"ru\">1. Форум обсуждает поправки.</dd>"))
                .body(containsString("<dd lang=\"ru\">1. Форум вырабатывает рекомендации.</dd>"))
                .body(containsString("name=\"justification.ru\" rows=\"3\" lang=\"ru\" maxlength=\"5000\">Уточнена цель форума.</textarea>"))
                .body(containsString("<input type=\"checkbox\" id=\"row-article-1-p-1-recommendation-12\" name=\"recommendationIds\" value=\"12\">"))
                .body(containsString("Recommendation #12: Назвать цель форума прямо"))
                .body(containsString("<button type=\"submit\" form=\"row-article-1-p-1-form\" name=\"use\" value=\"12\""))
                .body(containsString("Принято: цель форума сформулирована как выработка рекомендаций."))
                .body(containsString("<p class=\"meta\">Proposed wording:</p><blockquote class=\"quoted\" lang=\"ru\">1. Форум вырабатывает рекомендации.</blockquote>"))
                .body(containsString("<input type=\"checkbox\" id=\"row-article-3-p-2-recommendation-40\" name=\"recommendationIds\" value=\"40\" checked>"))
                .body(containsString("<a href=\"" + table + ".docx?language=ru\">Download the table (.docx)</a>"));
        Stubs.feedback().verifyThat(1, getRequestedFor(urlPathEqualTo(RECOMMENDATIONS))
                .withQueryParam("event", WireMock.equalTo(slug))
                .withQueryParam("article", WireMock.equalTo("article-1")));
    }

    @Test
    void savingARowSendsItsJustificationAndTheCheckedRecommendations() {
        String session = SignIn.as("editor");
        String row = api + "/versions/2/table/article-1-p-1";
        Stubs.events().register(put(urlPathEqualTo(row)).willReturn(Stubs.json(200, "{}")));
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(table));

        EditorRequests.posting(session, form, "en")
                .formParam("justification.kk", "Форумның мақсаты нақтыланды.")
                .formParam("justification.ru", " Уточнена цель форума. ")
                .formParam("justification.en", "")
                .formParam("recommendationIds", "12")
                .formParam("recommendationIds", "13")
                .when().post(table + "/article-1-p-1?language=ru&page=1")
                .then().statusCode(303)
                .header("Location", endsWith(table + "?done=row-saved&language=ru#row-article-1-p-1"));
        assertJson("""
                {"justification":{"kk":"Форумның мақсаты нақтыланды.","ru":"Уточнена цель форума."},
                 "recommendationIds":[12,13]}""", onlyRequest(putRequestedFor(urlPathEqualTo(row))));

        Stubs.events().register(put(urlPathEqualTo(row)).willReturn(problem(422, "validation", """
                [{"field":"recommendationIds","message":"at most 50"}]""")));
        EditorRequests.posting(session, form, "en")
                .formParam("justification.ru", "Уточнено")
                .formParam("recommendationIds", "12")
                .when().post(table + "/article-1-p-1?language=ru&page=1")
                .then().statusCode(400)
                .body(containsString("<li><a href=\"#row-article-1-p-1-recommendations\">Link at most 50 accepted recommendations"))
                .body(containsString(">Уточнено</textarea>"));
    }

    @Test
    void useAsJustificationFillsTheEmptyJustificationFromTheOfficialAnswerWithoutSaving() {
        String session = SignIn.as("editor");
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get(table));

        Response filled = EditorRequests.posting(session, form, "en")
                .formParam("justification.kk", "").formParam("justification.ru", "").formParam("justification.en", "")
                .formParam("use", "12")
                .when().post(table + "/article-1-p-1?language=ru&page=1");
        filled.then().statusCode(200)
                .body(containsString("The justification was filled from recommendation #12. Check it and save the row."))
                .body(containsString("name=\"justification.ru\" rows=\"3\" lang=\"ru\" maxlength=\"5000\">Принято: цель форума сформулирована как выработка рекомендаций.</textarea>"))
                .body(containsString("id=\"row-article-1-p-1-recommendation-12\" name=\"recommendationIds\" value=\"12\" checked>"))
                .body(not(containsString("id=\"row-article-1-p-1-recommendation-13\" name=\"recommendationIds\" value=\"13\" checked>")));
        Stubs.events().verifyThat(0, putRequestedFor(urlPathEqualTo(api + "/versions/2/table/article-1-p-1")));

        EditorRequests.posting(session, form, "en")
                .formParam("justification.ru", "Своё обоснование.")
                .formParam("use", "13")
                .when().post(table + "/article-1-p-1?language=ru&page=1")
                .then().statusCode(200)
                .body(containsString(">Своё обоснование.\n\nУпомянуть молодёжь</textarea>"));
    }

    @Test
    void theTableStaysUsableWhenFeedbackServiceCannotListRecommendations() {
        Stubs.feedback().register(get(urlPathEqualTo(RECOMMENDATIONS)).atPriority(1)
                .withQueryParam("event", WireMock.equalTo(slug))
                .willReturn(aResponse().withStatus(503)));
        given().cookie(SignIn.SESSION_COOKIE, SignIn.as("editor")).header("Accept-Language", "en")
                .when().get(table)
                .then().statusCode(200)
                .body(containsString("The recommendations cannot be shown just now"))
                .body(containsString("id=\"row-article-3-p-2-recommendation-40\" name=\"recommendationIds\" value=\"40\" checked>"));
    }

    @Test
    void theTableDocumentIsRelayedWithItsNameAndType() {
        byte[] docx = "PK\u0003\u0004 a word file".getBytes(StandardCharsets.ISO_8859_1);
        String disposition = "attachment; filename=\"" + slug + "-draft-7-v2-table-kk.docx\"";
        Stubs.events().register(get(urlPathEqualTo(api + "/versions/2/table.docx"))
                .withQueryParam("language", WireMock.equalTo("kk"))
                .willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", DraftVersionPages.DOCX)
                        .withHeader("Content-Disposition", disposition)
                        .withBody(docx)));

        Response download = given().cookie(SignIn.SESSION_COOKIE, SignIn.as("editor"))
                .when().get(table + ".docx?language=kk");
        download.then().statusCode(200)
                .header("Content-Type", DraftVersionPages.DOCX)
                .header("Content-Disposition", disposition)
                .header("Cache-Control", "no-store");
        assertThat(download.asByteArray(), equalTo(docx));
    }
}
