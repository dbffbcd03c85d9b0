package org.pikir.gateway.admin.analysis;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;
import org.pikir.gateway.admin.EditorRequests;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;

/**
 * A forum of its own (so every test's stubs and requests are its own) and feedback-service's analysis of it as the
 * contract of issue 14 shapes it: a dashboard, an accepted theme (11) and a suggested one (12), two items, no job yet,
 * one campaign.
 */
final class AnalysisStubs {

    static final long ACCEPTED = 11;
    static final long SUGGESTED = 12;

    final String slug;
    final String api;
    final String page;

    AnalysisStubs() {
        Stubs.forums();
        slug = Stubs.forumOfItsOwn("analysed");
        api = "/api/feedback/analysis/" + slug;
        page = "/admin/forums/" + slug + "/analysis";
        Stubs.feedback().register(get(urlPathEqualTo(api + "/dashboard")).willReturn(Stubs.json(200, """
                {"eventSlug":"%s","total":10000,"analysed":4200,"noTheme":300,"suggestedOnly":1500,"share":0.42,
                 "byLanguage":{"kk":{"total":3000,"analysed":1000},"ru":{"total":5000,"analysed":2500},
                               "en":{"total":2000,"analysed":700}},
                 "bySource":{"COMMENT":{"total":9000,"analysed":4000},"RECOMMENDATION":{"total":1000,"analysed":200}},
                 "themes":[]}""".formatted(slug))));
        Stubs.feedback().register(get(urlPathEqualTo(api + "/themes")).willReturn(Stubs.json(200,
                "{\"items\":[" + theme(ACCEPTED, "ACCEPTED") + "," + theme(SUGGESTED, "SUGGESTED") + "],\"nextCursor\":null}")));
        Stubs.feedback().register(get(urlPathEqualTo(api + "/themes/" + ACCEPTED)).willReturn(Stubs.json(200,
                theme(ACCEPTED, "ACCEPTED"))));
        Stubs.feedback().register(get(urlPathEqualTo(api + "/themes/" + SUGGESTED)).willReturn(Stubs.json(200,
                theme(SUGGESTED, "SUGGESTED"))));
        Stubs.feedback().register(get(urlPathEqualTo(api + "/jobs/current")).willReturn(EditorRequests.problem(404,
                "not-found", "[]")));
        Stubs.feedback().register(get(urlPathEqualTo(api + "/items")).atPriority(10).willReturn(Stubs.json(200, """
                {"items":[
                  {"type":"COMMENT","id":501,"eventSlug":"%1$s","language":"ru","title":null,
                   "text":"Суды должны быть независимыми от акимов","status":"PUBLISHED",
                   "createdAt":"2026-03-02T10:00:00Z","authorName":"Асель",
                   "themes":[{"id":11,"name":{"ru":"Независимость судов","en":"Independent courts"},"suggested":false,"score":null},
                             {"id":12,"name":{"ru":"суд, судья, акимат"},"suggested":true,"score":0.61}],
                   "noTheme":false,"note":"Проверить цитату","campaignId":null,"spamScore":0.1},
                  {"type":"RECOMMENDATION","id":77,"eventSlug":"%1$s","language":"kk","title":"Жергілікті өзін-өзі басқару",
                   "text":"Әкімдерді сайлау керек","status":"HIDDEN","createdAt":"2026-03-01T10:00:00Z",
                   "authorName":"Ерлан","themes":[],"noTheme":true,"note":null,"campaignId":5,"spamScore":0.9}],
                 "nextCursor":"c2"}""".formatted(slug))));
        Stubs.feedback().register(get(urlPathEqualTo(api + "/campaigns")).atPriority(10).willReturn(Stubs.json(200, """
                {"items":[{"id":5,"eventSlug":"%s","memberCount":512,
                  "representative":{"type":"COMMENT","id":900,"language":"ru","text":"Я против поправки 7, верните всё как было!"},
                  "firstAt":"2026-03-01T08:00:00Z","lastAt":"2026-03-02T09:00:00Z","detectedAt":"2026-03-03T09:00:00Z",
                  "byStatus":{"PUBLISHED":500,"PENDING":12}}],"nextCursor":null}""".formatted(slug))));
    }

    static String theme(long id, String status) {
        boolean accepted = "ACCEPTED".equals(status);
        return """
                {"id":%d,"eventSlug":"x","status":"%s","origin":"%s",
                 "name":%s,"description":%s,"terms":%s,
                 "quotes":[{"type":"COMMENT","id":501,"language":"ru","text":"Суды должны быть независимыми от акимов"}],
                 "itemCount":%d,"suggestedCount":%d,"mergedInto":null,"response":%s,"respondedAt":null,
                 "respondedBy":null,"createdAt":"2026-03-01T10:00:00Z","updatedAt":"2026-03-01T10:00:00Z","version":1}"""
                .formatted(id, status, accepted ? "MANUAL" : "SUGGESTED",
                        accepted ? "{\"kk\":\"Соттардың тәуелсіздігі\",\"ru\":\"Независимость судов\",\"en\":\"Independent courts\"}"
                                : "{\"ru\":\"суд, судья, акимат\",\"kk\":\"суд, судья, акимат\",\"en\":\"суд, судья, акимат\"}",
                        accepted ? "{\"ru\":\"Суды и Конституционный суд\"}" : "{}",
                        accepted ? "[]" : "[\"суд\",\"судья\",\"акимат\"]", accepted ? 1234 : 0, accepted ? 56 : 340,
                        accepted ? "{\"ru\":\"Поправка о судах будет доработана\"}" : "null");
    }

    static String job(long id, String kind, String status, int progress, long done, long total) {
        return """
                {"id":%d,"eventSlug":"x","kind":"%s","parameters":{},"status":"%s","done":%d,"total":%d,
                 "progress":%d,"message":null,"requestedBy":"moderator","createdAt":"2026-03-03T10:00:00Z",
                 "startedAt":"2026-03-03T10:00:01Z","finishedAt":null,"attempt":1}"""
                .formatted(id, kind, status, done, total, progress);
    }

    /** The one request feedback-service was sent that matches {@code pattern}. */
    static LoggedRequest only(RequestPatternBuilder pattern) {
        List<LoggedRequest> sent = Stubs.feedback().find(pattern);
        assertThat(sent, hasSize(1));
        return sent.get(0);
    }

    /** The page's forms as a browser has them after opening {@code path} signed in with {@code session}. */
    static PageForm formOn(String session, String path) {
        return PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "en").when().get(path));
    }
}
