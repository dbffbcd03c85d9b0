package org.pikir.gateway.web;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Lighthouse's SEO and best-practices audits look at, checked on the home, forum, report and moderation-log
 * pages in each language (bench/lighthouse runs Lighthouse itself against a running platform): status 200, a
 * doctype, the charset early, the language, a title and a description, a viewport for phones, an icon that exists,
 * a valid robots.txt that does not shut the pages out, crawlable links with descriptive text and valid hreflang,
 * images with alt text, and every same-site stylesheet, script and image the page names answering 200.
 */
@QuarkusTest
class SeoAndBestPracticesTest {

    /** Lighthouse's link-text audit: texts that say nothing about where a link leads (its English and Russian lists). */
    private static final Set<String> VAGUE_LINK_TEXTS = Set.of("click here", "click this", "go", "here", "this",
            "start", "right here", "more", "learn more", "read more", "details", "link", "здесь", "тут", "далее",
            "подробнее", "ещё", "перейти", "ссылка", "осында", "толығырақ");
    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");
    private static final Set<String> ROBOTS_DIRECTIVES = Set.of("user-agent", "allow", "disallow", "sitemap",
            "crawl-delay");

    private String report;

    @BeforeEach
    void forumsWithReportAndLog() {
        Stubs.forums();
        report = "/forums/" + Stubs.ALMATY + "/report";
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/reports/" + Stubs.ALMATY)).willReturn(Stubs.json(200, """
                {"eventSlug":"%s","generatedAt":"2026-04-02T06:00:00Z",
                 "comments":{"listed":1,"byVisibility":{"PUBLISHED":1},"byLanguage":{"ru":1},"byTarget":{"EVENT":1}},
                 "recommendations":{"listed":0,"byVisibility":{},"byStatus":{},"byLanguage":{},"byTopic":[]},
                 "answers":{"answerable":0,"answered":0,"answeredShare":0,"medianDaysToAnswer":null,"overdue":0,
                   "answerDeadline":"P30D"},
                 "topEndorsed":[]}""".formatted(Stubs.ALMATY))));
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/moderation/log"))
                .withQueryParam("event", WireMock.equalTo(Stubs.ALMATY)).willReturn(Stubs.json(200, """
                        {"eventSlug":"%s","hidden":1,"rejected":0,
                         "entries":[{"type":"COMMENT","outcome":"HIDDEN","reason":"SPAM","count":1}],
                         "months":[{"month":"2026-03","hidden":1,"rejected":0}]}""".formatted(Stubs.ALMATY))));
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/recommendations")).atPriority(10)
                .willReturn(Stubs.json(200, "{\"items\":[],\"page\":0,\"size\":10,\"totalItems\":0,\"totalPages\":0}")));
    }

    @Test
    void everyAuditedPageHasWhatSearchEnginesAndBrowsersLookFor() {
        List<String> wrong = new ArrayList<>();
        for (String lang : LANGUAGES) {
            for (String path : List.of("/", "/forums/" + Stubs.ALMATY, report, "/forums/" + Stubs.ALMATY + "/moderation")) {
                check(path, lang, wrong);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theForumPageIsDescribedByItsSummaryInTheVisitorsLanguage() {
        for (String lang : LANGUAGES) {
            Document page = page("/forums/" + Stubs.ALMATY, lang);
            String summary = page.selectFirst(".summary p").text();
            assertEquals(summary, page.selectFirst("meta[name=description]").attr("content"), lang);
        }
        assertEquals("Public consultations: read the forums and have your say",
                page("/", "en").selectFirst("meta[name=description]").attr("content"));
        assertTrue(page(report, "ru").selectFirst("meta[name=description]").attr("content")
                .startsWith("Что люди сказали о «Конституционная реформа"));
    }

    @Test
    void theIconIsServedAndTheOldAddressLeadsToIt() {
        given().when().get("/favicon.svg")
                .then().statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .body(containsString("<svg"));
        given().redirects().follow(false).when().get("/favicon.ico")
                .then().statusCode(301)
                .header("Location", equalTo("/favicon.svg"));
    }

    @Test
    void robotsTxtIsValidAndLetsThePublicPagesBeCrawled() {
        String robots = given().when().get("/robots.txt")
                .then().statusCode(200).contentType(startsWith("text/plain")).extract().asString();
        boolean agent = false;
        for (String line : robots.split("\n")) {
            String rule = line.replaceAll("#.*", "").trim();
            if (rule.isEmpty()) {
                continue;
            }
            int colon = rule.indexOf(':');
            assertTrue(colon > 0, "not a directive: " + line);
            String directive = rule.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = rule.substring(colon + 1).trim();
            assertTrue(ROBOTS_DIRECTIVES.contains(directive), "unknown directive: " + line);
            agent |= directive.equals("user-agent");
            assertTrue(!directive.equals("disallow") || !value.equals("/") && !value.startsWith("/forums"),
                    "shuts public pages out: " + line);
        }
        assertTrue(agent, "no User-agent line");
    }

    private void check(String path, String lang, List<String> wrong) {
        String where = path + " (" + lang + "): ";
        Response response = given().header("Accept-Language", lang).when().get(path);
        if (response.statusCode() != 200) {
            wrong.add(where + "status " + response.statusCode());
            return;
        }
        String html = response.asString();
        String robotsHeader = response.header("X-Robots-Tag");
        if (robotsHeader != null && robotsHeader.contains("noindex")) {
            wrong.add(where + "X-Robots-Tag " + robotsHeader);
        }
        if (!html.startsWith("<!DOCTYPE html>")) {
            wrong.add(where + "no doctype first");
        }
        int charset = html.toLowerCase(Locale.ROOT).indexOf("<meta charset=\"utf-8\">");
        if (charset < 0 || html.substring(0, charset).getBytes(StandardCharsets.UTF_8).length > 1024) {
            wrong.add(where + "no <meta charset> in the first 1024 bytes");
        }
        Document page = Jsoup.parse(html, "http://localhost" + path);
        expect(wrong, where + "html lang", page.selectFirst("html").attr("lang"), lang);
        if (page.title().isBlank()) {
            wrong.add(where + "empty title");
        }
        Element description = page.selectFirst("head meta[name=description]");
        if (description == null || description.attr("content").isBlank()) {
            wrong.add(where + "no meta description");
        }
        Element viewport = page.selectFirst("head meta[name=viewport]");
        if (viewport == null || !viewport.attr("content").contains("width=device-width")) {
            wrong.add(where + "no viewport for phones");
        }
        if (!page.select("meta[name=robots]").stream().allMatch(m -> !m.attr("content").contains("noindex"))) {
            wrong.add(where + "meta robots noindex");
        }
        Element icon = page.selectFirst("head link[rel=icon]");
        if (icon == null) {
            wrong.add(where + "no <link rel=icon>");
        } else {
            sameSiteAnswers200(icon.attr("href"), where + "icon", wrong);
        }
        for (Element link : page.select("a")) {
            String href = link.attr("href");
            if (!link.hasAttr("href") || href.isBlank() || href.startsWith("javascript:")) {
                wrong.add(where + "uncrawlable link " + link.outerHtml());
            }
            String text = link.text().trim().toLowerCase(Locale.ROOT);
            if (VAGUE_LINK_TEXTS.contains(text) || text.isEmpty() && link.attr("aria-label").isBlank()) {
                wrong.add(where + "link text says nothing: " + link.outerHtml());
            }
            if (link.hasAttr("hreflang") && !LANGUAGES.contains(link.attr("hreflang"))) {
                wrong.add(where + "invalid hreflang " + link.outerHtml());
            }
        }
        for (Element alternate : page.select("link[hreflang]")) {
            if (!LANGUAGES.contains(alternate.attr("hreflang")) && !alternate.attr("hreflang").equals("x-default")) {
                wrong.add(where + "invalid hreflang " + alternate.outerHtml());
            }
        }
        for (Element image : page.select("img")) {
            if (!image.hasAttr("alt")) {
                wrong.add(where + "image without alt " + image.outerHtml());
            }
        }
        for (Element resource : page.select("link[rel=stylesheet], script[src], img[src]")) {
            sameSiteAnswers200(resource.hasAttr("src") ? resource.attr("src") : resource.attr("href"), where, wrong);
        }
    }

    private static void sameSiteAnswers200(String href, String where, List<String> wrong) {
        if (href.startsWith("/") && !href.startsWith("//")) {
            int status = given().when().get(href).statusCode();
            if (status != 200) {
                wrong.add(where + " " + href + " answers " + status);
            }
        }
    }

    private static void expect(List<String> wrong, String what, String actual, String expected) {
        if (!expected.equals(actual)) {
            wrong.add(what + " is '" + actual + "', expected '" + expected + "'");
        }
    }

    private static Document page(String path, String lang) {
        return Jsoup.parse(given().header("Accept-Language", lang).when().get(path)
                .then().statusCode(200).extract().asString());
    }
}
