package org.pikir.gateway.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stored XSS: text the services hand back (comments and their authors, forum records, recommendations) and text
 * a citizen typed (shown again in the form) is rendered as text, never as markup. Every payload of the corpus goes
 * through the stand-in services into the forum page; the page must show each one escaped, contain no tag or
 * attribute a page of plain text does not, and link nowhere through {@code javascript:} or {@code data:}.
 * The real browser's view of the same is BrowserJourneyIT (e2e).
 */
@QuarkusTest
class StoredXssTest {

    static final List<String> CORPUS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "javascript:alert(document.cookie)",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>",
            "\" onmouseover=\"alert(1)",
            "' onfocus='alert(1)' autofocus='",
            "</textarea><script>alert(1)</script>",
            "</title><script>alert(1)</script>",
            "</p></li></ol><script>alert(1)</script>",
            "<body onload=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<style>@import 'https://evil.example/x.css';</style>",
            "<link rel=stylesheet href=https://evil.example/x.css>",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<base href=\"https://evil.example/\">",
            "<form action=\"https://evil.example\"><input name=x></form>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<IMG SRC=JaVaScRiPt:alert(1)>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<!--<script>alert(1)</script>-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<template><script>alert(1)</script></template>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "{inject:csrf.token}",
            "{#include layout /}",
            "{page.userName}{msg:sign_out}",
            "{#for x in 1..3}{x}{/for}",
            "${7*7} #{7*7} {{7*7}} <%= 7*7 %>",
            "\u202Egnp.exe<script>alert(1)</script>",
            "\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E",
            "<scr\u200Bipt>alert(1)</scr\u200Bipt>",
            "\u0430\u0301<b>bold</b>\u0301");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "poster",
            "srcdoc", "xlink:href", "background", "cite");
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void theCorpusIsLargeEnough() {
        assertTrue(CORPUS.size() >= 30, CORPUS.size() + " payloads");
    }

    @Test
    void whatTheServicesSayIsShownAsTextNeverAsMarkup() throws Exception {
        String plain = forum("plain", i -> "Обычный текст " + i, "https://example.org/file-%d.pdf");
        String hostile = forum("xss", i -> CORPUS.get(i % CORPUS.size()), "javascript:alert(%d)");
        String session = SignIn.asCitizen();
        // anonymous in English, and signed in (with the comment form) in Russian: each against its plain twin
        for (boolean signedIn : new boolean[] {false, true}) {
            String benign = page(signedIn ? session : null, plain);
            String html = page(signedIn ? session : null, hostile);
            List<String> wrong = new ArrayList<>();
            for (String payload : CORPUS) {
                if (!html.contains(escaped(payload))) {
                    wrong.add("not shown as text: " + payload);
                }
            }
            wrong.addAll(markupThatPlainTextHasNot(benign, html));
            wrong.addAll(scriptUrls(html));
            assertTrue(wrong.isEmpty(), String.join("\n", wrong));
            // template syntax in data stays data: the CSRF token is not printed where a comment asked for it
            assertTrue(html.contains("{inject:csrf.token}") && html.contains("{#include layout /}"));
        }
    }

    @Test
    void whatACitizenTypedIsShownBackAsText() {
        String session = SignIn.asCitizen();
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/forums/" + Stubs.ALMATY));
        String benign = given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("body", "Обычный текст").formParam("language", "xx")
                .when().post("/forums/" + Stubs.ALMATY + "/comments").then().statusCode(400).extract().asString();
        List<String> wrong = new ArrayList<>();
        for (String payload : CORPUS) {
            // an unknown language sends the form back with what was typed in it
            String html = given().cookie(SignIn.SESSION_COOKIE, session).cookies(form.cookies())
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("csrf-token", form.field("csrf-token"))
                    .formParam("body", payload).formParam("language", "xx")
                    .when().post("/forums/" + Stubs.ALMATY + "/comments").then().statusCode(400).extract().asString();
            if (!html.contains(escaped(payload) + "</textarea>")) {
                wrong.add("not shown back as text: " + payload);
            }
            markupThatPlainTextHasNot(benign, html).forEach(problem -> wrong.add(payload + ": " + problem));
            scriptUrls(html).forEach(problem -> wrong.add(payload + ": " + problem));
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theChecksRecogniseMarkupWhenThereIsSome() {
        // the detectors themselves, on pages that do contain what they look for
        String benign = "<html><body><p class=\"a\">x</p></body></html>";
        assertFalse(markupThatPlainTextHasNot(benign, "<html><body><p class=\"a\"><img src=x onerror=alert(1)></p></body></html>")
                .isEmpty());
        assertFalse(scriptUrls("<a href=\" JaVa&#x53;cript:alert(1)\">x</a>").isEmpty());
        assertFalse(scriptUrls("<a href=\"java\tscript:alert(1)\">x</a>").isEmpty());
        assertTrue(scriptUrls("<a href=\"/forums/x?q=javascript:\">x</a>").isEmpty());
    }

    /** How Qute writes a value into an HTML template. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** Tags and attributes in {@code html} that the same page full of plain text does not have. */
    static List<String> markupThatPlainTextHasNot(String plainPage, String html) {
        Set<String> allowed = markup(plainPage);
        Set<String> found = markup(html);
        found.removeAll(allowed);
        return found.stream().map(extra -> "markup a plain page does not have: " + extra).toList();
    }

    private static Set<String> markup(String html) {
        Set<String> names = new TreeSet<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            names.add("<" + name + ">");
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                names.add("<" + name + " " + attribute.group(1).toLowerCase(Locale.ROOT) + ">");
            }
        }
        if (html.contains("<!--") || html.contains("<![CDATA[")) {
            names.add("<!-- or CDATA -->");
        }
        return names;
    }

    /** Attributes that would run script or load a document when followed. */
    static List<String> scriptUrls(String html) {
        List<String> found = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(2) != null ? attribute.group(2)
                        : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
                if (value == null || !URL_ATTRIBUTES.contains(name)) {
                    continue;
                }
                String scheme = decoded(value).replaceAll("[\\s\\p{Cc}]", "").toLowerCase(Locale.ROOT);
                if (scheme.startsWith("javascript:") || scheme.startsWith("vbscript:") || scheme.startsWith("data:")) {
                    found.add("script URL: " + tag.group());
                }
            }
        }
        return found;
    }

    private static String decoded(String attribute) {
        Matcher reference = Pattern.compile("&#(x?)([0-9a-fA-F]+);?").matcher(attribute);
        StringBuilder text = new StringBuilder();
        while (reference.find()) {
            int code = Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16);
            reference.appendReplacement(text, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        reference.appendTail(text);
        return text.toString().replace("&colon;", ":").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String page(String session, String slug) {
        var request = session == null ? given().header("Accept-Language", "en")
                : given().cookie(SignIn.SESSION_COOKIE, session).header("Accept-Language", "ru");
        return request.when().get("/forums/" + slug).then().statusCode(200).extract().asString();
    }

    /**
     * Stubs a forum of this test's own whose every text is {@code text.apply(i)}, with comments and recommendations
     * from feedback-service made of the same, and materials whose addresses follow {@code urlPattern}.
     */
    private static String forum(String prefix, IntFunction<String> text, String urlPattern) throws Exception {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        int n = CORPUS.size();
        List<Object> participants = new ArrayList<>();
        List<Object> statements = new ArrayList<>();
        List<Object> materials = new ArrayList<>();
        List<Object> comments = new ArrayList<>();
        List<Object> recommendations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            participants.add(Map.of("id", i + 1, "name", text.apply(i), "position", Map.of("ru", text.apply(i + 1)),
                    "organisation", Map.of("ru", text.apply(i + 2)), "role", "SPEAKER"));
            statements.add(Map.of("id", i + 1, "eventSlug", slug, "participantId", i + 1, "agendaItemId", 1,
                    "text", text.apply(i), "language", "ru", "createdAt", "2026-02-25T05:00:00Z"));
            Map<String, Object> comment = new LinkedHashMap<>();
            comment.put("id", i + 1);
            comment.put("eventSlug", slug);
            comment.put("body", text.apply(i));
            comment.put("language", "ru");
            comment.put("authorName", text.apply(i + 3));
            comment.put("status", "PUBLISHED");
            comment.put("createdAt", "2026-03-01T10:00:00Z");
            comments.add(comment);
            Map<String, Object> recommendation = new LinkedHashMap<>(comment);
            recommendation.put("title", text.apply(i + 4));
            recommendation.put("topic", "topic");
            recommendation.put("visibility", "PUBLISHED");
            recommendation.put("status", "ACCEPTED");
            recommendation.put("endorsementCount", 1);
            recommendation.put("officialAnswer", Map.of("text", text.apply(i + 5), "answeredBy", text.apply(i + 6),
                    "answeredAt", "2026-03-02T10:00:00Z"));
            recommendations.add(recommendation);
        }
        for (int i = 0; i < 4; i++) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("name", text.apply(i) + ".pdf");
            file.put("mediaType", "application/pdf");
            file.put("size", 1024);
            file.put("sha256", "00");
            file.put("url", urlPattern.formatted(i));
            Map<String, Object> material = new LinkedHashMap<>();
            material.put("id", i + 1);
            material.put("kind", i % 2 == 0 ? "DOCUMENT" : "VIDEO");
            material.put("title", Map.of("ru", text.apply(i + 7)));
            material.put("language", "ru");
            material.put("currentVersion", 1);
            material.put("file", i % 2 == 0 ? file : null);
            material.put("link", i % 2 == 0 ? null : urlPattern.formatted(i));
            materials.add(material);
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("slug", slug);
        event.put("title", Map.of("ru", text.apply(0), "en", text.apply(1), "kk", text.apply(2)));
        event.put("summary", Map.of("ru", text.apply(3), "en", text.apply(4)));
        event.put("description", Map.of("ru", text.apply(5), "en", text.apply(6)));
        event.put("kind", "FORUM");
        event.put("format", "IN_PERSON");
        event.put("topics", List.of("constitution"));
        event.put("city", text.apply(7));
        event.put("venue", text.apply(8));
        event.put("organiser", text.apply(9));
        event.put("source", text.apply(10));
        event.put("date", "2026-02-25");
        event.put("timeZone", "Asia/Almaty");
        event.put("status", "PUBLISHED");
        event.put("consultation", Map.of("slug", slug, "status", "PUBLISHED", "open", true,
                "opensAt", "2026-02-25T04:00:00Z", "closesAt", "2099-02-25T18:59:59Z"));
        event.put("agenda", List.of(Map.of("id", 1, "title", Map.of("ru", text.apply(11)), "kind", "PANEL",
                "startsAt", "2026-02-25T05:00:00Z", "endsAt", "2026-02-25T06:00:00Z", "participantIds", List.of(1, 2))));
        event.put("participants", participants);
        event.put("statements", statements);
        event.put("materials", materials);
        event.put("outcome", Map.of("ru", text.apply(12), "en", text.apply(13)));
        Stubs.events().register(get(urlPathEqualTo("/api/events/" + slug)).willReturn(Stubs.json(200, JSON.writeValueAsString(event))));
        Stubs.feedback().register(get(urlPathEqualTo(Stubs.THREADS)).withQueryParam("event", equalTo(slug))
                .willReturn(Stubs.json(200, Stubs.threadPage(Stubs.threads(Stubs.read(JSON.writeValueAsString(comments)),
                        false), null, comments.size()))));
        Stubs.feedback().register(get(urlPathEqualTo("/api/feedback/recommendations")).withQueryParam("event", equalTo(slug))
                .willReturn(Stubs.json(200, JSON.writeValueAsString(Map.of("items", recommendations, "page", 0, "size", 100,
                        "totalItems", recommendations.size(), "totalPages", 1)))));
        return slug;
    }
}
