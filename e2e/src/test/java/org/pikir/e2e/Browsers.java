package org.pikir.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Debian's chromium driven by Playwright (headless, no browser download), for a test class: fresh contexts
 * (cookies) per test, sign-in on Keycloak's page, and axe-core's WCAG 2.1 AA check of a gateway page.
 */
final class Browsers implements AutoCloseable {

    private static final double ACTION_TIMEOUT_MS = 20_000;
    /** Tab presses allowed to reach a control: the longest pages (the forum's editing page) are long, not that long. */
    private static final int MAX_TABS = 300;

    private final Platform platform;
    private final Playwright playwright;
    private final Browser browser;
    private final Accessibility axe = Accessibility.fromClassPath();
    private final List<BrowserContext> contexts = new ArrayList<>();

    private Browsers(Platform platform, Playwright playwright, Browser browser) {
        this.platform = platform;
        this.playwright = playwright;
        this.browser = browser;
    }

    static Browsers start(Platform platform) {
        Path chromium = Path.of(System.getProperty("pikir.e2e.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("No browser at " + chromium
                    + ": install Debian's chromium (apt-get install chromium) or pass -Dchromium.path=...");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // assertions wait as long as actions: on two shared cores with four JVMs a page can be slow
        PlaywrightAssertions.setDefaultAssertionTimeout(ACTION_TIMEOUT_MS);
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
        return new Browsers(platform, playwright, browser);
    }

    /** A fresh context (no cookies) sending {@code locale} as Accept-Language; it bypasses the CSP so axe can be injected. */
    Page newPage(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(1366, 900)
                .setBypassCSP(true));
        context.setDefaultTimeout(ACTION_TIMEOUT_MS);
        contexts.add(context);
        return context.newPage();
    }

    /** Signs {@code user} (password = user name) in on Keycloak's page from {@code /login}, and comes back to {@code next}. */
    void signIn(Page page, String user, String name, String next) {
        page.navigate(platform.gatewayUrl() + "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        assertThat(page).hasURL(Pattern.compile("^" + literal(platform.keycloakUrl() + "/")));
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(user);
        page.locator("#kc-login").click();
        assertThat(page.locator(".account__name")).containsText(name);
    }

    void assertAccessible(Page page) {
        page.waitForLoadState();
        Accessibility.Report report = axe.check(page);
        System.out.printf("e2e: axe-core %s, %s: %d rules passed, %d violations%n", report.axeVersion(),
                page.url().substring(platform.gatewayUrl().length()), report.passedRules(), report.violations().size());
        assertTrue(report.passedRules() > 0, "axe checked nothing on " + page.url());
        assertTrue(report.violations().isEmpty(), report.describe());
    }

    /** Presses Tab until {@code target} has the focus; fails when it cannot be reached from the keyboard. */
    static void tabTo(Page page, Locator target) {
        Locator wanted = target.first();
        for (int i = 0; i < MAX_TABS; i++) {
            if ((Boolean) wanted.evaluate("element => element === document.activeElement")) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Not reachable with Tab in " + MAX_TABS + " presses: " + wanted);
    }

    /** A regular expression matching {@code text} literally, in a form JavaScript understands (no \Q…\E). */
    static String literal(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
    }

    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @Override
    public void close() {
        closeContexts();
        playwright.close();
    }
}
