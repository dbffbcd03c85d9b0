package org.pikir.gateway.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * "You said, we did" on the public report: the accepted themes with counts, quotes linked to the published items, the
 * official response or "pending", the recommendations' dispositions and the campaigns; the printable page (strict
 * XHTML, charts as tables) and the PDF made from it, whose text is read back with PDFBox.
 */
@QuarkusTest
class YouSaidWeDidPagesTest {

    /** Every letter of the Kazakh alphabet that Russian lacks, in one response. */
    private static final String KAZAKH_RESPONSE = "Әділ сот үшін өңірлерде ғылыми ұсыныстарды һәм іс-шараларды қолдаймыз";

    private String slug;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
        slug = Stubs.forumOfItsOwn("ysd");
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/reports/" + slug)).willReturn(Stubs.json(200, """
                {"eventSlug":"%s","generatedAt":"2026-04-02T06:00:00Z",
                 "comments":{"listed":600,"byVisibility":{"PUBLISHED":600},"byLanguage":{"kk":200,"ru":350,"en":50},
                   "byTarget":{"EVENT":600}},
                 "recommendations":{"listed":4,"byVisibility":{"PUBLISHED":4},
                   "byStatus":{"SUBMITTED":1,"UNDER_REVIEW":0,"ACCEPTED":2,"PARTIALLY_ACCEPTED":0,"REJECTED":1,"MERGED":0},
                   "byLanguage":{"kk":1,"ru":3},"byTopic":[{"topic":null,"count":4}]},
                 "answers":{"answerable":4,"answered":3,"answeredShare":0.75,"medianDaysToAnswer":2.0,"overdue":0,
                   "answerDeadline":"P30D"},
                 "topEndorsed":[],
                 "themes":[
                   {"id":12,"name":{"kk":"Сот тәуелсіздігі","ru":"Независимость судов","en":"Independent courts"},
                    "description":{"ru":"Как назначают судей","en":"How judges are appointed"},
                    "itemCount":41,"comments":38,"recommendations":3,
                    "response":{"kk":"%s","ru":"Мы предложим конкурсный отбор судей.","en":"We will propose open competitions for judges."},
                    "respondedAt":"2026-04-01T09:00:00Z",
                    "quotes":[{"type":"COMMENT","id":501,"language":"kk","text":"Судьяларды ашық конкурспен таңдау керек","threadId":501},
                              {"type":"COMMENT","id":530,"language":"ru","text":"Согласен, и судей нужно назначать открыто","threadId":501},
                              {"type":"RECOMMENDATION","id":77,"language":"ru","text":"Ввести открытый конкурс судей"}],
                    "dispositions":{"ACCEPTED":2,"PARTIALLY_ACCEPTED":0,"REJECTED":1,"UNDER_REVIEW":0,"SUBMITTED":0,"MERGED":0}},
                   {"id":62,"name":{"ru":"Местное самоуправление"},"description":{},
                    "itemCount":9,"comments":9,"recommendations":0,"response":null,"respondedAt":null,
                    "quotes":[],"dispositions":{}}],
                 "campaigns":{"groups":2,"submissions":540}}""".formatted(slug, KAZAKH_RESPONSE))));
    }

    private String report(String lang) {
        return given().header("Accept-Language", lang).when().get("/forums/" + slug + "/report")
                .then().statusCode(200).extract().asString();
    }

    @Test
    void theReportSaysWhatWasHeardOnEachThemeAndWhatWasDone() {
        String html = report("en");
        String section = html.substring(html.indexOf("<section class=\"report-section you-said\""));
        section = section.substring(0, section.indexOf("</section>"));

        assertThat(section, containsString("<h2 id=\"you-said-heading\">You said, we did</h2>"));
        assertThat(section, containsString("<h3 id=\"theme-12-name\">Independent courts</h3>"));
        assertThat(section, containsString("How judges are appointed"));
        assertThat(section, containsString("comments: 38 · recommendations: 3"));
        assertThat(section, containsString("<blockquote class=\"theme__quote\" lang=\"kk\"><p class=\"long-text\">Судьяларды ашық конкурспен таңдау керек</p></blockquote>"));
        assertThat(section, containsString("<a href=\"/forums/" + slug + "/comments/501\">Open the comment</a>"));
        assertThat("a reply opens its thread, at the reply", section,
                containsString("<a href=\"/forums/" + slug + "/comments/501#comment-530\">Open the comment</a>"));
        assertThat(section, containsString("<a href=\"/forums/" + slug + "#recommendation-77\">Open the recommendation</a>"));
        assertThat(section, containsString("We will propose open competitions for judges."));
        assertThat(section, containsString("Answered on"));
        assertThat(section, containsString("<li>Accepted: <strong>2</strong></li>"));
        assertThat(section, containsString("<li>Not accepted: <strong>1</strong></li>"));
        assertThat("statuses no recommendation has are not listed", section, not(containsString("Under review:")));
        // a theme named only in Russian says so; its response is still to come
        assertThat(section, containsString("<h3 id=\"theme-62-name\" lang=\"ru\">Местное самоуправление</h3>"));
        String second = section.substring(section.indexOf("id=\"theme-62\""));
        assertThat(second, containsString("Response pending."));
        assertThat(second, containsString("No recommendation was tagged with this theme."));
        assertThat(section, containsString("540 submissions came in 2 campaigns of near-identical texts"));

        assertThat(html, containsString("<a href=\"/forums/" + slug + "/report/print\">Printable version</a>"));
        assertThat(html, containsString("<a href=\"/forums/" + slug + "/report.pdf?lang=kk\" hreflang=\"kk\" type=\"application/pdf\" download>Download as PDF (<span lang=\"kk\">Қазақша</span>)</a>"));
        assertThat(html, containsString("<link rel=\"stylesheet\" href=\"/css/report.css\">"));
        assertThat(html, not(containsString("style=")));
    }

    @Test
    void theSectionSpeaksKazakhAndRussian() {
        String kk = report("kk");
        assertThat(kk, containsString("<h2 id=\"you-said-heading\">Сіз айттыңыз — біз істедік</h2>"));
        assertThat(kk, containsString("<h3 id=\"theme-12-name\">Сот тәуелсіздігі</h3>"));
        assertThat(kk, containsString(KAZAKH_RESPONSE));
        assertThat(kk, containsString("540 өтініш бір-біріне өте ұқсас мәтіндердің 2 науқанымен келді"));
        assertThat(kk, containsString("Жауап дайындалуда."));
        String ru = report("ru");
        assertThat(ru, containsString("<h2 id=\"you-said-heading\">Вы сказали — мы сделали</h2>"));
        assertThat(ru, containsString("Мы предложим конкурсный отбор судей."));
        assertThat(ru, containsString("комментариев: 38 · рекомендаций: 3"));
        assertThat(ru, containsString("<li>Принята: <strong>2</strong></li>"));
        assertThat(ru, containsString("540 обращений поступили в 2 кампаниях почти одинаковых текстов"));
    }

    @Test
    void aReportWithoutThemesOrCampaignsSaysThemesAreToCome() {
        String other = Stubs.forumOfItsOwn("ysd-empty");
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/reports/" + other)).willReturn(Stubs.json(200, """
                {"eventSlug":"%s","generatedAt":"2026-04-02T06:00:00Z",
                 "comments":{"listed":0,"byVisibility":{},"byLanguage":{},"byTarget":{}},
                 "recommendations":{"listed":0,"byVisibility":{},"byStatus":{},"byLanguage":{},"byTopic":[]},
                 "answers":{"answerable":0,"answered":0,"answeredShare":0,"medianDaysToAnswer":null,"overdue":0,
                   "answerDeadline":"P30D"},"topEndorsed":[]}""".formatted(other))));
        String html = given().header("Accept-Language", "en").when().get("/forums/" + other + "/report")
                .then().statusCode(200).extract().asString();
        assertThat(html, containsString("No themes have been published for this consultation yet."));
        assertThat(html, not(containsString("id=\"campaigns\"")));
    }

    @Test
    void thePrintablePageIsWellFormedWithChartsAsTablesAndNoNavigation() throws Exception {
        String html = given().header("Accept-Language", "en").when().get("/forums/" + slug + "/report/print")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getAttribute("lang"), equalTo("en"));
        assertThat(html, containsString("<link rel=\"stylesheet\" href=\"/css/report-print.css\" />"));
        assertThat(html, containsString("<h3 id=\"theme-12-name\">Independent courts</h3>"));
        assertThat(html, containsString("<caption>Recommendations by review status</caption>"));
        assertThat(html, containsString("<tr><td>In Russian</td><td class=\"numeric\">353</td></tr>"));
        assertThat(html, not(containsString("<svg")));
        assertThat(html, not(containsString("site-header")));
        assertThat(html, not(containsString("<form")));
    }

    @Test
    void thePdfCarriesTheThemesAndResponsesInKazakhLetters() throws IOException {
        Response pdf = given().header("Accept-Language", "ru").when().get("/forums/" + slug + "/report.pdf?lang=kk")
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"report-" + slug + "-kk.pdf\""))
                .header("ETag", startsWith("\""))
                .header("Cache-Control", startsWith("public"))
                .header("Content-Language", equalTo("kk"))
                .extract().response();
        assertThat("a PDF in another language leaves the visitor's language alone", pdf.getCookie("pikir_lang"), nullValue());
        byte[] bytes = pdf.asByteArray();
        // left for a person to look at
        Files.write(Path.of("target", "report-kk.pdf"), bytes);

        String text;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text, containsString("Сіз айттыңыз — біз істедік"));
        assertThat(text, containsString("Сот тәуелсіздігі"));
        assertThat(text, containsString(KAZAKH_RESPONSE));
        assertThat(text, containsString("Судьяларды ашық конкурспен таңдау керек"));
        assertThat(text, containsString("540"));

        String etag = pdf.getHeader("ETag");
        given().header("If-None-Match", etag).when().get("/forums/" + slug + "/report.pdf?lang=kk")
                .then().statusCode(304).header("ETag", equalTo(etag));
        byte[] again = given().when().get("/forums/" + slug + "/report.pdf?lang=kk")
                .then().statusCode(200).header("ETag", equalTo(etag)).extract().asByteArray();
        assertArrayEquals(bytes, again, "one report snapshot is one PDF");
        given().when().get("/forums/" + slug + "/report.pdf?lang=en")
                .then().statusCode(200).header("ETag", not(equalTo(etag)))
                .header("Content-Disposition", containsString("-en.pdf"));
    }

    @Test
    void anUnknownForumHasNoPdf() {
        Stubs.events().register(get(urlPathEqualTo("/api/events/nowhere-2027")).willReturn(Stubs.json(404, "{}")));
        given().when().get("/forums/nowhere-2027/report.pdf?lang=ru").then().statusCode(404);
        Stubs.feedback().verifyThat(0, getRequestedFor(urlPathEqualTo("/api/feedback/reports/nowhere-2027")));
    }
}
