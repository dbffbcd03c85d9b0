package org.pikir.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.e2e.EventsApiIT.ALMATY;

/**
 * The citizen site in a real browser (Debian's chromium, headless, driven by Playwright): reading
 * in three languages, signing in on Keycloak's own page, commenting on a statement, stored markup,
 * a form without its CSRF token, signing out. Every gateway page visited must pass axe-core's
 * WCAG 2.1 AA rules; the main pages are saved as screenshots at phone and desktop widths.
 * One browser serves all tests; each test has its own context (cookies), so none depends on another.
 */
@ExtendWith(PlatformExtension.class)
class BrowserJourneyIT {

    private static final String FORUM_PATH = "/forums/" + ALMATY;
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final int DESKTOP_WIDTH = 1366;
    private static final int DESKTOP_HEIGHT = 900;
    private static final double ACTION_TIMEOUT_MS = 20_000;

    private static Platform platform;
    private static Playwright playwright;
    private static Browser browser;
    private static Accessibility axe;
    private static Path screenshots;

    private BrowserContext context;

    @BeforeAll
    static void startBrowser(Platform started) {
        platform = started;
        axe = Accessibility.fromClassPath();
        screenshots = Path.of(System.getProperty("pikir.e2e.screenshots", "target/screenshots"));
        Path chromium = Path.of(System.getProperty("pikir.e2e.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("No browser at " + chromium
                    + ": install Debian's chromium (apt-get install chromium) or pass -Dchromium.path=...");
        }
        // the driver would otherwise fetch its own browsers; Debian's chromium is used instead
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // assertions wait as long as actions: on two shared cores with four JVMs a page can be slow
        PlaywrightAssertions.setDefaultAssertionTimeout(ACTION_TIMEOUT_MS);
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aVisitorReadsTheAlmatyForumInRussianKazakhAndEnglish() {
        // a first visit follows Accept-Language
        Page page = newPage("ru-RU");
        page.navigate(platform.gatewayUrl() + "/");
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
        assertThat(page.locator("h1")).hasText("Общественные форумы");
        assertAccessible(page);

        page.locator("nav.languages a[hreflang=kk]").click();
        assertThat(page.locator("html")).hasAttribute("lang", "kk");
        assertThat(page.locator("h1")).hasText("Қоғамдық форумдар");
        assertThat(page.locator("nav.languages a[aria-current]")).hasText("Қазақша");
        assertAccessible(page);

        // the choice is remembered on the next page, reached by a plain link
        page.locator("a[href='" + FORUM_PATH + "']").first().click();
        assertThat(page).hasURL(platform.gatewayUrl() + FORUM_PATH);
        assertThat(page.locator("html")).hasAttribute("lang", "kk");
        assertThat(page.locator("#comments-heading")).hasText("Пікірлер");
        assertThat(page.locator("#statements-heading")).hasText("Сөйлеген сөздер");
        assertAccessible(page);

        page.locator(".history-link a").click();
        assertThat(page.locator("h1")).hasText("Өзгерістер тарихы");
        assertAccessible(page);
        page.locator(".back a").click();
        page.locator(".material").first().getByText("Нұсқалар тарихы").click();
        assertThat(page.locator("#versions-heading")).hasText("Нұсқалар");
        assertAccessible(page);
        page.locator(".back a").click();
        assertThat(page).hasURL(Pattern.compile(literal(FORUM_PATH) + "#material-\\d+$"));

        page.locator("nav.languages a[hreflang=en]").click();
        assertThat(page).hasURL(Pattern.compile(literal(FORUM_PATH) + "\\?lang=en$"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#comments-heading")).hasText("Comments");
        assertThat(page.locator(".statement").first().getByText("Comment on this statement")).isVisible();
        assertAccessible(page);
        screenshots(page, "forum");

        page.locator("a.site-name").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Public forums");
        assertAccessible(page);
        screenshots(page, "home");
    }

    @Test
    void aCitizenSignsInOnKeycloaksKazakhPageAndCommentsOnAStatement() {
        Page page = newPage("en-US");
        page.navigate(platform.gatewayUrl() + FORUM_PATH + "?lang=kk");
        assertAccessible(page);

        page.locator(".account a[href^='/login']").click();
        assertThat(page).hasURL(Pattern.compile("^" + literal(platform.keycloakUrl()) + ".*ui_locales=kk"));
        assertThat(page.locator("html")).hasAttribute("lang", "kk");
        assertThat(page.locator("#kc-login")).hasText("Кіру");
        // self-registration is on, and offered in Kazakh too
        assertThat(page.locator("a[href*='/registration']")).hasText("Тіркелу");
        screenshots(page, "sign-in-kk");
        page.locator("input[name=username]").fill("citizen");
        page.locator("input[name=password]").fill("citizen");
        page.locator("#kc-login").click();

        assertThat(page).hasURL(platform.gatewayUrl() + FORUM_PATH);
        assertThat(page.locator(".account__name")).containsText("Aigerim Citizen");
        assertAccessible(page);
        page.locator("nav.languages a[hreflang=en]").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        Locator statement = page.locator(".statement").first();
        String quoted = statement.locator("blockquote").getAttribute("id");
        statement.getByText("Comment on this statement").click();
        assertThat(page).hasURL(Pattern.compile("\\?statement=\\d+#comment-form$"));
        Locator form = page.locator("form#comment-form");
        assertThat(form.locator(".reference__text")).isVisible();
        String statementId = form.locator("input[name=statementId]").inputValue();
        assertAccessible(page);

        // an empty comment: a GOV.UK-style error summary at the top, linking to the field, choices kept
        form.locator("select[name=language]").selectOption("ru");
        form.getByText("Send comment").click();
        Locator summary = page.locator(".error-summary");
        assertThat(summary).isVisible();
        assertThat(summary.locator("h2")).hasText("There is a problem");
        // the summary takes the focus (without scripts: autofocus), and its link moves it to the field
        assertThat(summary).isFocused();
        assertThat(summary.locator("a[href='#comment-body']")).hasText("Enter your comment");
        assertTrue(page.title().startsWith("Error: "), "the title does not announce the error: " + page.title());
        assertThat(page.locator("#comment-body-error")).containsText("Enter your comment");
        assertThat(page.locator("#comment-body")).hasAttribute("aria-describedby", "comment-body-hint comment-body-error");
        assertThat(page.locator("select[name=language]")).hasValue("ru");
        assertThat(page.locator("input[name=statementId]")).hasValue(statementId);
        assertAccessible(page);
        summary.locator("a[href='#comment-body']").click();
        assertThat(page.locator("#comment-body")).isFocused();

        String text = "Из браузера, о выступлении " + UUID.randomUUID();
        page.locator("#comment-body").fill(text);
        page.locator("form#comment-form").getByText("Send comment").click();

        assertThat(page).hasURL(platform.gatewayUrl() + FORUM_PATH + "?sent=true");
        assertThat(page.locator(".success")).hasText("Thank you, your comment has been sent.");
        Locator comment = page.locator(".comment").filter(new Locator.FilterOptions().setHasText(text));
        assertThat(comment).hasCount(1);
        assertThat(comment.locator(".comment__author")).hasText("citizen");
        assertThat(comment.locator(".comment__body")).hasAttribute("lang", "ru");
        assertThat(comment.locator(".comment__about a")).hasAttribute("href", "#" + quoted);
        assertAccessible(page);
        page.locator("#comments").scrollIntoViewIfNeeded();
        screenshots(page, "forum-signed-in");

        page.locator("form[action='/logout'] button").click();
        assertThat(page).hasURL(platform.gatewayUrl() + "/");
        assertThat(page.locator(".account a[href^='/login']")).hasText("Sign in");
        assertThat(page.locator("form[action='/logout']")).hasCount(0);
        assertAccessible(page);
    }

    @Test
    void aNewPersonRegistersOnKeycloaksRussianPageAndMayComment() {
        Page page = newPage("ru-RU");
        page.navigate(platform.gatewayUrl() + FORUM_PATH);
        page.locator(".account a[href^='/login']").click();
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
        page.locator("a[href*='/registration']").click();
        assertThat(page.locator("h1")).hasText("Зарегистрироваться");
        String username = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        Locator form = page.locator("#kc-register-form");
        form.locator("input[name=username]").fill(username);
        form.locator("input[name=email]").fill(username + "@example.org");
        form.locator("input[name=firstName]").fill("Дана");
        form.locator("input[name=lastName]").fill("Тестова");
        form.locator("input[name=password]").fill(password);
        form.locator("input[name=password-confirm]").fill(password);
        form.locator("input[type=submit]").click();

        // registered people are citizens: back on the forum, signed in, and allowed to comment
        assertThat(page).hasURL(platform.gatewayUrl() + FORUM_PATH);
        assertThat(page.locator(".account__name")).containsText("Дана Тестова");
        String text = "Первый комментарий нового участника " + UUID.randomUUID();
        page.locator("#comment-body").fill(text);
        page.locator("form#comment-form button[type=submit]").click();
        Locator comment = page.locator(".comment").filter(new Locator.FilterOptions().setHasText(text));
        assertThat(comment.locator(".comment__author")).hasText(username);
    }

    @Test
    void markupInACommentIsShownAsTextAndRunsNothing() {
        Page page = newPage("en-US");
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        signInAsCitizen(page, FORUM_PATH + "?lang=en");
        String marker = UUID.randomUUID().toString();
        String markup = "<img src=x onerror=\"window.pikirXss='img';alert('img')\">"
                + "<script>window.pikirXss='script';alert('script')</script> " + marker;

        page.locator("#comment-body").fill(markup);
        page.locator("form#comment-form").getByText("Send comment").click();

        assertThat(page).hasURL(platform.gatewayUrl() + FORUM_PATH + "?sent=true");
        Locator body = page.locator(".comment__body").filter(new Locator.FilterOptions().setHasText(marker));
        assertThat(body).hasText(markup);
        assertThat(page.locator(".comment-list img, .comment-list script")).hasCount(0);
        // the context ignores the page's CSP (for axe), so only escaping can have stopped the script
        assertEquals(Boolean.TRUE, page.evaluate("() => window.pikirXss === undefined"), "the comment's script ran");
        page.reload();
        assertThat(body).hasText(markup);
        assertEquals(Boolean.TRUE, page.evaluate("() => window.pikirXss === undefined"), "the comment's script ran");
        assertEquals(List.of(), dialogs, "the comment opened dialogs");
        assertAccessible(page);
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsForbidden() {
        Page page = newPage("en-US");
        signInAsCitizen(page, FORUM_PATH + "?lang=en");
        String text = "Sent without a CSRF token " + UUID.randomUUID();
        page.locator("#comment-body").fill(text);
        page.locator("form#comment-form input[name=csrf-token]").evaluate("field => field.remove()");

        Response refused = page.waitForResponse(
                response -> response.url().endsWith(FORUM_PATH + "/comments"),
                () -> page.locator("form#comment-form").getByText("Send comment").click());

        assertEquals(403, refused.status());
        assertThat(page.locator("h1")).hasText("This form could not be accepted");
        assertAccessible(page);
        page.navigate(platform.gatewayUrl() + FORUM_PATH);
        assertThat(page.locator(".account__name")).containsText("Aigerim Citizen");
        assertThat(page.locator(".comment").filter(new Locator.FilterOptions().setHasText(text))).hasCount(0);
    }

    /** A fresh browser context (no cookies) at desktop size, sending {@code locale} as Accept-Language. */
    private Page newPage(String locale) {
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT)
                // axe is injected as an inline script, which the gateway's CSP forbids
                .setBypassCSP(true));
        context.setDefaultTimeout(ACTION_TIMEOUT_MS);
        return context.newPage();
    }

    /** Opens {@code path}, signs in as the demo citizen on Keycloak's page and comes back to it. */
    private static void signInAsCitizen(Page page, String path) {
        page.navigate(platform.gatewayUrl() + path);
        page.locator(".account a[href^='/login']").click();
        assertThat(page).hasURL(Pattern.compile("^" + literal(platform.keycloakUrl() + "/")));
        page.locator("input[name=username]").fill("citizen");
        page.locator("input[name=password]").fill("citizen");
        page.locator("#kc-login").click();
        assertThat(page.locator(".account__name")).containsText("Aigerim Citizen");
    }

    private static void assertAccessible(Page page) {
        page.waitForLoadState();
        Accessibility.Report report = axe.check(page);
        System.out.printf("e2e: axe-core %s, %s: %d rules passed, %d violations%n",
                report.axeVersion(), page.url().substring(platform.gatewayUrl().length()), report.passedRules(),
                report.violations().size());
        assertTrue(report.passedRules() > 0, "axe checked nothing on " + page.url());
        assertTrue(report.violations().isEmpty(), report.describe());
    }

    /** Saves the page as {@code name-phone.png} and {@code name-desktop.png}; leaves the desktop size set. */
    private static void screenshots(Page page, String name) {
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + "-phone.png")));
        page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + "-desktop.png")));
    }

    /** A regular expression matching {@code text} literally, in a form JavaScript understands (no \Q…\E). */
    private static String literal(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
    }
}
