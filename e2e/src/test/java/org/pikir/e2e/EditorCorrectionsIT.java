package org.pikir.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor corrects a published forum in the admin console with the keyboard alone: a participant's misspelt name
 * and the order of the materials. The public forum page and its change history show both corrections; every console
 * page on the way passes axe-core's WCAG 2.1 AA rules, the forum's editing page in kk, ru and en.
 */
class EditorCorrectionsIT extends BrowserTests {

    @Test
    void anEditorCorrectsAMisspeltNameAndReordersMaterialsWithTheKeyboardOnly() {
        String slug = "e2e-corrections-" + UUID.randomUUID().toString().substring(0, 8);
        publishedForum(slug, "Aliya Nurva", List.of("Agenda", "Protocol", "Video recording"));
        String editorPage = "/admin/forums/" + slug;

        Page page = browsers.newPage("en-US");
        browsers.signIn(page, "editor", "Yerlan Editor", editorPage);
        for (String lang : List.of("kk", "ru", "en")) {
            page.navigate(platform.gatewayUrl() + editorPage + "?lang=" + lang);
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            browsers.assertAccessible(page);
        }

        // the misspelt name: to its Edit link, open it, retype it as she writes it and in Latin letters, save: keys only
        Browsers.tabTo(page, page.locator("#participants a").filter(new Locator.FilterOptions().setHasText("Edit")));
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Edit a participant");
        browsers.assertAccessible(page);
        Browsers.tabTo(page, page.locator("#participant-name"));
        page.keyboard().press("Control+A");
        page.keyboard().type("Әлия Нұрова");
        Browsers.tabTo(page, page.locator("#participant-latin-name"));
        page.keyboard().type("Aliya Nurova");
        Browsers.tabTo(page, page.locator("form.admin-form button[type=submit]"));
        page.keyboard().press("Enter");
        assertThat(page.locator("p.success")).hasText("The participant has been saved.");
        assertThat(page.locator("#participants .person__name")).containsText("Әлия Нұрова");
        browsers.assertAccessible(page);

        // "Protocol" one place up, then "Agenda" one place down: each button reached by Tab, pressed with Enter
        moveWithKeyboard(page, "Protocol", "Move up");
        assertEquals(List.of("Protocol", "Agenda", "Video recording"), editorMaterials(page));
        moveWithKeyboard(page, "Agenda", "Move down");
        assertEquals(List.of("Protocol", "Video recording", "Agenda"), editorMaterials(page));
        browsers.assertAccessible(page);

        // the public sees the corrected record (the Latin spelling on the English page), and the history says who
        // changed what
        page.navigate(platform.gatewayUrl() + "/forums/" + slug + "?lang=ru");
        assertThat(page.locator(".person__name")).containsText("Әлия Нұрова");
        page.navigate(platform.gatewayUrl() + "/forums/" + slug + "?lang=en");
        assertThat(page.locator(".person__name")).containsText("Aliya Nurova");
        assertThat(page.locator(".person__name")).not().containsText("Nurva");
        assertEquals(List.of("Protocol", "Video recording", "Agenda"), page.locator(".material h3").allTextContents()
                .stream().map(String::strip).toList());
        browsers.assertAccessible(page);
        page.navigate(platform.gatewayUrl() + "/forums/" + slug + "/history?lang=en");
        Locator renamed = page.locator(".history__entry").filter(new Locator.FilterOptions().setHasText("Participant details changed"));
        assertThat(renamed).hasCount(1);
        assertThat(renamed).containsText("Әлия Нұрова");
        assertThat(renamed).containsText("editor");
        assertThat(page.locator(".history__entry").filter(new Locator.FilterOptions().setHasText("Materials reordered")))
                .hasCount(2);
        browsers.assertAccessible(page);
    }

    @Test
    void everyCorrectionFormAndItsErrorsPassAxe() {
        String slug = "e2e-forms-" + UUID.randomUUID().toString().substring(0, 8);
        publishedForum(slug, "Dana Sarsen", List.of("Resolution"));
        String token = platform.accessToken("editor");
        long speaker = api(token).get("/api/events/" + slug + "/participants").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        api(token).contentType(ContentType.JSON)
                .body(Map.of("title", Map.of("en", "Panel"), "kind", "PANEL", "participantIds", List.of(speaker)))
                .post("/api/events/" + slug + "/agenda").then().statusCode(201);
        api(token).contentType(ContentType.JSON)
                .body(Map.of("participantId", speaker, "text", "Publish the budget line by line.", "language", "en"))
                .post("/api/events/" + slug + "/statements").then().statusCode(201);
        String editorPage = "/admin/forums/" + slug;

        Page page = browsers.newPage("ru-RU");
        browsers.signIn(page, "editor", "Yerlan Editor", editorPage);
        for (String part : List.of("#participants", "#agenda", "#statements", "#materials")) {
            page.navigate(platform.gatewayUrl() + editorPage);
            page.locator(part + " .item-actions a").first().click();
            assertThat(page.locator("form.admin-form")).not().hasCount(0);
            browsers.assertAccessible(page);
            page.navigate(platform.gatewayUrl() + editorPage);
            page.locator(part + " .item-actions a[href$='/remove']").first().click();
            assertThat(page.locator("button.button--warning")).isVisible();
            browsers.assertAccessible(page);
        }
        for (String form : List.of("/agenda/new", "/record", "/outcome")) {
            page.navigate(platform.gatewayUrl() + editorPage + form);
            assertThat(page.locator("form.admin-form")).isVisible();
            browsers.assertAccessible(page);
        }

        // events-service refuses an empty name and a session that ends before it starts: each error at its field
        page.navigate(platform.gatewayUrl() + editorPage);
        page.locator("#participants .item-actions a").first().click();
        page.locator("#participant-name").fill("");
        page.locator("form.admin-form button[type=submit]").click();
        assertThat(page.locator(".error-summary a[href='#participant-name']")).isVisible();
        assertThat(page.locator("#participant-name-error")).isVisible();
        assertThat(page.locator("#participant-name")).hasAttribute("aria-describedby", "participant-name-hint participant-name-error");
        browsers.assertAccessible(page);
        page.navigate(platform.gatewayUrl() + editorPage + "/agenda/new");
        page.locator("#session-title-ru").fill("Сессия");
        page.locator("#session-starts").fill("2026-12-01T12:00");
        page.locator("#session-ends").fill("2026-12-01T11:00");
        page.locator("form.admin-form button[type=submit]").click();
        assertThat(page.locator(".error-summary a[href='#session-ends']")).isVisible();
        assertThat(page.locator("#session-title-ru")).hasValue("Сессия");
        browsers.assertAccessible(page);
    }

    /**
     * Tabs to the material's button and presses Enter; the page comes back at the material (its address ends with
     * {@code #material-<id>}), and the next Tab stays with that material, so a keyboard user can go on moving it.
     */
    private static void moveWithKeyboard(Page page, String title, String button) {
        Locator material = page.locator("#materials li.material").filter(new Locator.FilterOptions().setHasText(title));
        String anchor = material.getAttribute("id");
        Browsers.tabTo(page, material.locator("button").filter(new Locator.FilterOptions().setHasText(button)));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("done=moved.*#" + anchor + "$"));
        assertThat(page.locator("p.success")).hasText("The order has been changed.");
        page.keyboard().press("Tab");
        assertTrue((Boolean) page.locator("#" + anchor).evaluate("item => item.contains(document.activeElement)"),
                "after the move the keyboard focus is not with " + anchor);
    }

    private static List<String> editorMaterials(Page page) {
        return page.locator("#materials li.material > p:first-child").allTextContents().stream().map(String::strip).toList();
    }

    /** A published forum with one participant and a link material per title, made through the API as an editor. */
    private static void publishedForum(String slug, String participant, List<String> materials) {
        String token = platform.accessToken("editor");
        api(token).contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "title", Map.of("en", "Corrections " + slug), "city", "Almaty", "date", "2026-12-01"))
                .post("/api/events").then().statusCode(201);
        api(token).contentType(ContentType.JSON)
                .body(Map.of("name", participant, "position", Map.of("en", "Economist"), "role", "EXPERT"))
                .post("/api/events/" + slug + "/participants").then().statusCode(201);
        for (String title : materials) {
            api(token).contentType("multipart/form-data")
                    .multiPart("kind", "DOCUMENT").multiPart("title.en", title).multiPart("language", "en")
                    .multiPart("link", "https://example.org/" + UUID.randomUUID())
                    .post("/api/events/" + slug + "/materials").then().statusCode(201);
        }
        api(token).post("/api/events/" + slug + "/publish").then().statusCode(200);
    }

    private static RequestSpecification api(String token) {
        return RestAssured.given().baseUri(platform.gatewayUrl()).auth().oauth2(token);
    }
}
