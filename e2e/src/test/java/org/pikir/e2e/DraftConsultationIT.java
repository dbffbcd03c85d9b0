package org.pikir.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consultation on a draft text, article by article, in Chromium against the whole platform: an editor imports a
 * .docx, corrects an article's number the import found twice and publishes; a citizen quotes words of a paragraph
 * with the keyboard alone and comments on them; another proposes a new wording, which staff accept; the editor
 * publishes version 2 with that wording, fills the comparative table from the accepted recommendation and downloads
 * it as .docx; the first comment then says its paragraph was revised. The public draft pages pass axe-core's WCAG 2.1
 * AA rules in kk, ru and en.
 */
class DraftConsultationIT extends BrowserTests {

    /** The paragraph the citizen quotes from, and the wording the other proposes for it. */
    private static final String PARAGRAPH = "Проекты решений публикуются вместе с пояснительной запиской и сроком обсуждения.";
    private static final String QUOTED = "вместе с пояснительной запиской";
    private static final String WORDING = "Проекты решений публикуются вместе с пояснительной запиской, сроком обсуждения и контактами ответственного лица.";

    @Test
    void aDraftIsImportedCommentedOnWithAQuoteRevisedAndTabulated(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String slug = "e2e-draft-" + UUID.randomUUID().toString().substring(0, 8);
        openForum(slug);
        Path docx = dir.resolve("proekt.docx");
        writeDraft(docx);

        // the editor imports the .docx; the import finds "Статья 2" twice and says so
        Page editor = browsers.newPage("ru-RU");
        browsers.signIn(editor, "editor", "Yerlan Editor", "/admin/forums/" + slug + "/drafts?lang=ru");
        browsers.assertAccessible(editor);
        editor.locator("#draft-title-ru").fill("Проект правил открытого обсуждения");
        editor.locator("#draft-language").selectOption("ru");
        editor.locator("#draft-demonstration").check();
        editor.locator("#draft-file").setInputFiles(docx);
        editor.locator("form[enctype='multipart/form-data'] button[type=submit]").first().click();
        assertThat(editor.locator("#warnings")).isVisible();
        browsers.assertAccessible(editor);
        long draftId = draftId(slug);

        // the second "Статья 2" is article 3: its number corrected in the structure editor
        Locator duplicate = unit(editor, "article-2-dup-2");
        duplicate.locator("input[name=number]").fill("Статья 3");
        duplicate.locator("button[type=submit]").click();
        assertThat(editor.locator("p.success")).isVisible();
        assertThat(unit(editor, "article-3")).hasCount(1);
        publish(editor);

        String article = "/forums/" + slug + "/drafts/" + draftId + "/articles/article-1";
        // a citizen quotes three words of paragraph 2 with the keyboard alone and comments on them
        Page citizen = browsers.newPage("ru-RU");
        browsers.signIn(citizen, "citizen", "Aigerim Citizen", article + "?lang=ru");
        assertThat(citizen.locator(".draft-banner, .demonstration")).not().hasCount(0);
        Browsers.tabTo(citizen, citizen.locator("#draft-comment-source"));
        String source = citizen.locator("#draft-comment-source").inputValue();
        int at = source.indexOf(QUOTED);
        assertTrue(at > 0, "the paragraph is not in the text to quote from: " + source);
        citizen.keyboard().press("Control+Home");
        for (int i = 0; i < at; i++) {
            citizen.keyboard().press("ArrowRight");
        }
        for (int i = 0; i < QUOTED.length(); i++) {
            citizen.keyboard().press("Shift+ArrowRight");
        }
        Browsers.tabTo(citizen, citizen.locator("#draft-comment-form [data-quote-button]"));
        citizen.keyboard().press("Enter");
        assertThat(citizen.locator("#draft-comment-quote")).isFocused();
        assertThat(citizen.locator("#draft-comment-quote")).hasValue(QUOTED);
        assertThat(citizen.locator("#draft-comment-passage")).hasValue("article-1-p-2");
        String comment = "Какой объём у записки? Предлагаю ограничить её двумя страницами. " + slug;
        Browsers.tabTo(citizen, citizen.locator("#draft-comment-body"));
        citizen.keyboard().type(comment);
        Browsers.tabTo(citizen, citizen.locator("#draft-comment-form button[type=submit]"));
        citizen.keyboard().press("Enter");
        Locator commented = citizen.locator(".comment").filter(new Locator.FilterOptions().setHasText(comment));
        assertThat(commented.locator(".passage-quote")).containsText(QUOTED);
        assertThat(commented.locator(".draft-changed")).hasCount(0);
        browsers.assertAccessible(citizen);

        // another citizen proposes a new wording of the same paragraph
        Page neighbour = browsers.newPage("ru-RU");
        browsers.signIn(neighbour, "citizen2", "Daniyar Citizen", article + "?lang=ru");
        neighbour.locator("#draft-recommendation-passage").selectOption("article-1-p-2");
        String title = "Указать ответственное лицо " + slug;
        neighbour.locator("#draft-recommendation-title").fill(title);
        neighbour.locator("#draft-recommendation-body").fill("Гражданам нужно знать, к кому обращаться с вопросами по проекту.");
        neighbour.locator("#draft-recommendation-wording").fill(WORDING);
        neighbour.locator("#draft-recommendation-form button[type=submit]").click();
        Locator proposed = neighbour.locator(".recommendation").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(proposed.locator(".proposed-wording")).containsText(WORDING);

        // staff accept it and answer it publicly
        long recommendation = recommendationId(slug, draftId, title);
        String moderator = platform.accessToken("moderator");
        for (String status : List.of("UNDER_REVIEW", "ACCEPTED")) {
            api(moderator).contentType(ContentType.JSON).body(Map.of("status", status))
                    .post("/api/feedback/review/recommendations/" + recommendation + "/status").then().statusCode(200);
        }
        api(moderator).contentType(ContentType.JSON)
                .body(Map.of("text", "Формулировка принята в версии 2.", "answeredBy", "Рабочая группа"))
                .put("/api/feedback/review/recommendations/" + recommendation + "/answer").then().statusCode(200);

        // the editor starts version 2, writes the proposed wording into paragraph 2 and publishes it
        String console = "/admin/forums/" + slug + "/drafts/" + draftId + "/versions/";
        editor.navigate(platform.gatewayUrl() + console + "1?lang=ru");
        editor.locator("#new-version-note-ru").fill("Уточнён пункт 2 статьи 1 по предложению граждан.");
        editor.locator("#new-version button[type=submit]").click();
        assertThat(editor.locator("h1 + .lead")).containsText("2");
        Locator paragraph = unit(editor, "article-1-p-2");
        paragraph.locator("textarea[name=text]").fill(WORDING);
        paragraph.locator("button[type=submit]").click();
        assertThat(editor.locator("p.success")).isVisible();
        publish(editor);

        // the comparative table, filled from the accepted recommendation, and its .docx
        editor.navigate(platform.gatewayUrl() + console + "2/table?lang=ru");
        Locator row = editor.locator("#rows > ol > li").filter(new Locator.FilterOptions().setHasText(WORDING));
        assertThat(row).hasCount(1);
        row.locator("input[type=checkbox][value='" + recommendation + "']").check();
        row.locator("textarea[name='justification.ru']")
                .fill("Предложение гражданина принято: указаны контакты ответственного лица.");
        row.locator("form button[type=submit]:not([name=use])").click();
        assertThat(editor.locator("p.success")).isVisible();
        browsers.assertAccessible(editor);
        Download download = editor.waitForDownload(() -> editor.locator("a[href*='table.docx']").first().click());
        String table = docxText(download.path());
        assertTrue(table.contains(PARAGRAPH), table);
        assertTrue(table.contains(WORDING), table);
        assertTrue(table.contains("Предложение гражданина принято"), table);
        assertTrue(table.contains(String.valueOf(recommendation)), table);

        // the first citizen's comment now says its paragraph was revised in version 2
        citizen.navigate(platform.gatewayUrl() + article + "?lang=ru");
        assertThat(commented.locator(".draft-changed")).containsText("2");
        assertThat(commented.locator(".passage-quote")).containsText(QUOTED);

        // the public pages of the draft pass axe in every language
        String draft = "/forums/" + slug + "/drafts/" + draftId;
        Page reader = browsers.newPage("en-US");
        for (String lang : List.of("kk", "ru", "en")) {
            for (String path : List.of(draft, draft + "/articles/article-1", draft + "/compare?from=1&to=2",
                    draft + "/versions/2/table")) {
                reader.navigate(platform.gatewayUrl() + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(reader.locator("html")).hasAttribute("lang", lang);
                browsers.assertAccessible(reader);
            }
        }
        reader.navigate(platform.gatewayUrl() + draft + "/compare?from=1&to=2&lang=ru");
        assertThat(reader.locator("ins").first()).isVisible();
        reader.navigate(platform.gatewayUrl() + draft + "?lang=ru");
        assertThat(reader.locator("#article-3")).isVisible();
        assertThat(reader.locator("#article-1-p-2")).containsText(WORDING);
    }

    /** A draft of three articles in Russian, the third wrongly numbered "Статья 2" as a hurried editor might. */
    private static void writeDraft(Path file) throws IOException {
        List<String> lines = List.of(
                "Демонстрационный текст: не является официальным документом.",
                "Глава 1. Общие положения",
                "Статья 1. Открытость обсуждения",
                "1. Органы власти выносят на обсуждение проекты решений, затрагивающих права граждан.",
                "2. " + PARAGRAPH,
                "Статья 2. Сроки",
                "1. Обсуждение длится не менее пятнадцати дней.",
                "Статья 2. Отчёт",
                "1. По итогам обсуждения публикуется отчёт о том, что предложили граждане и что принято.");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : lines) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
        }
    }

    private static String docxText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static long draftId(String slug) {
        List<Long> ids = api(platform.accessToken("editor")).get("/api/events/" + slug + "/drafts")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertEquals(1, ids.size(), "drafts of " + slug + ": " + ids);
        return ids.get(0);
    }

    private static long recommendationId(String slug, long draftId, String title) {
        return api(platform.accessToken("moderator"))
                .queryParam("event", slug).queryParam("draftId", draftId).queryParam("article", "article-1")
                .get("/api/feedback/recommendations")
                .then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.title == '" + title + "' }.id");
    }

    private static void openForum(String slug) {
        String token = platform.accessToken("editor");
        api(token).contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "title", Map.of("ru", "Обсуждение проекта " + slug, "en", "Draft " + slug),
                        "city", "Almaty", "date", "2026-12-01"))
                .post("/api/events").then().statusCode(201);
        api(token).post("/api/events/" + slug + "/publish").then().statusCode(200);
        api(token).contentType(ContentType.JSON).body("{}").post("/api/events/" + slug + "/consultation/open")
                .then().statusCode(200);
    }

    /** Publishes the version the structure editor shows, through its confirmation page. */
    private static void publish(Page editor) {
        editor.locator(".actions a[href*='/publish']").click();
        editor.locator("form[action*='/publish'] button[type=submit]").click();
        assertThat(editor.locator("p.success")).isVisible();
    }

    /** The structure editor's item of the unit with this key (its key is shown in the item's legend). */
    private static Locator unit(Page page, String key) {
        return page.locator("#units li").filter(new Locator.FilterOptions()
                .setHas(page.locator("legend code", new Page.LocatorOptions().setHasText(Pattern.compile("^" + key + "$")))));
    }

    private static RequestSpecification api(String token) {
        return RestAssured.given().baseUri(platform.gatewayUrl()).auth().oauth2(token);
    }
}
