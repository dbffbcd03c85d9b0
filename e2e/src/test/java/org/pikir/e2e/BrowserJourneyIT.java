package org.pikir.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    private final List<BrowserContext> contexts = new ArrayList<>();

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
        warmUpSubmissions();
    }

    /**
     * A just-started feedback-service answers its first submission slowly (JIT, the first call to
     * events-service, Keycloak's keys) and may give up on events-service, which the comment form then
     * reports as "could not be sent". The pages are not what that measures: one comment on a forum
     * that does not exist goes the whole way through and stores nothing.
     */
    private static void warmUpSubmissions() {
        String token = platform.accessToken("citizen");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status;
        do {
            status = RestAssured.given().baseUri(platform.gatewayUrl()).auth().oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("eventSlug", "warm-up-no-such-forum", "body", "warm-up", "language", "en"))
                    .post("/api/feedback/comments").statusCode();
        } while (status >= 500 && System.nanoTime() < deadline);
        assertEquals(404, status, "a comment on a forum that does not exist");
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
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
        // in English: the editors' translations, marked, the original one click away; reported positions apart
        assertThat(page.locator(".statement__translation").first()).containsText("Translation by Pikir's editors");
        page.locator(".statement__original summary").first().click();
        assertThat(page.locator(".statement__original[open] p[lang=ru]").first()).isVisible();
        assertThat(page.locator(".statement--reported").first()).containsText("Reported by the source, not a quote");
        assertThat(page.locator(".person__name").first()).containsText("Kuanysh Seitzhanov");
        assertThat(page.locator(".topics")).containsText("Public administration");
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

        Locator statement = page.locator(".statement:has(blockquote)").first();
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
        // shown under the citizen's pseudonym, not the user name
        assertThat(comment.locator(".comment__author")).hasText(platform.pseudonym("citizen", "citizen"));
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

    /**
     * The whole life of a new account, in Kazakh: registering on Keycloak's page, the verification e-mail read from the
     * local mail server and its link followed, a password chosen (a too-short one refused), a comment, a recommendation
     * answered by staff, and the notification e-mail about it — both e-mails in Kazakh.
     */
    @Test
    void aNewPersonRegistersVerifiesTheirAddressFromTheMailCommentsAndIsToldOfTheAnswer() {
        Page page = newPage("kk-KZ");
        page.navigate(platform.gatewayUrl() + FORUM_PATH + "?lang=kk");
        page.locator(".account a[href^='/login']").click();
        assertThat(page.locator("html")).hasAttribute("lang", "kk");
        page.locator("a[href*='/registration']").click();
        assertThat(page.locator("h1")).hasText("Тіркелу");
        String username = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.org";
        Locator form = page.locator("#kc-register-form");
        form.locator("input[name=username]").fill(username);
        form.locator("input[name=email]").fill(email);
        form.locator("input[name=firstName]").fill("Дана");
        form.locator("input[name=lastName]").fill("Тестова");
        // with verification on, Keycloak asks for the password only once the address is proven
        assertThat(form.locator("input[type=password]")).hasCount(0);
        form.locator("input[type=submit]").click();
        // not signed in yet: the address must be verified first
        assertThat(page.locator("h1")).hasText("E-mail мекенжайын растау");

        Mailbox mailbox = Mailbox.of(platform, email);
        Mailbox.Message verification = mailbox.await("E-mail растау", Duration.ofSeconds(60));
        String link = verification.link(Pattern.compile(literal(platform.keycloakUrl())
                        // Keycloak's Kazakh text has a backslash and an "n" after the link
                        + "/realms/pikir/login-actions/action-token\\?[^\\s\"<>\\\\]+"))
                .orElseThrow(() -> new AssertionError("no verification link in: " + verification.text()));
        page.navigate(link);

        // the link verifies the address and asks for a password, under the realm's policy: ten characters at least
        Locator passwordForm = page.locator("#kc-passwd-update-form");
        passwordForm.locator("input[name=password-new]").fill("1");
        passwordForm.locator("input[name=password-confirm]").fill("1");
        passwordForm.locator("[type=submit]").first().click();
        assertThat(page.locator("body")).containsText("кемінде 10 таңба");
        String password = UUID.randomUUID().toString();
        passwordForm.locator("input[name=password-new]").fill(password);
        passwordForm.locator("input[name=password-confirm]").fill(password);
        passwordForm.locator("[type=submit]").first().click();

        // which finishes the sign-in it interrupted: back on the forum, signed in, allowed to comment
        assertThat(page).hasURL(Pattern.compile("^" + literal(platform.gatewayUrl() + FORUM_PATH)));
        assertThat(page.locator(".account__name")).containsText("Дана Тестова");
        String text = "Жаңа қатысушының алғашқы пікірі " + UUID.randomUUID();
        page.locator("#comment-body").fill(text);
        page.locator("form#comment-form button[type=submit]").click();
        Locator comment = page.locator(".comment").filter(new Locator.FilterOptions().setHasText(text));
        assertThat(comment.locator(".comment__author")).hasText(platform.pseudonym(username, password));

        // a recommendation of theirs, answered by staff
        String title = "Тыңдаулардың хаттамаларын жариялау " + UUID.randomUUID().toString().substring(0, 8);
        int id = RestAssured.given().baseUri(platform.gatewayUrl()).auth().oauth2(platform.accessToken(username, password))
                .contentType(ContentType.JSON)
                .body(Map.of("eventSlug", ALMATY, "title", title, "body", "Әр тыңдаудың хаттамасы бір апта ішінде",
                        "language", "kk"))
                .post("/api/feedback/recommendations")
                .then().statusCode(201).extract().path("id");
        String staff = platform.accessToken("moderator");
        RestAssured.given().baseUri(platform.gatewayUrl()).auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("status", "UNDER_REVIEW"))
                .post("/api/feedback/review/recommendations/" + id + "/status")
                .then().statusCode(200);
        RestAssured.given().baseUri(platform.gatewayUrl()).auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("text", "Хаттамалар бір апта ішінде жарияланады.", "answeredBy", "Алматы әкімдігі"))
                .put("/api/feedback/review/recommendations/" + id + "/answer")
                .then().statusCode(200);

        Mailbox.Message answered = mailbox.await("Сіздің ұсынысыңызға ресми жауап берілді.", Duration.ofSeconds(60));
        assertTrue(answered.text().contains("Хаттамалар бір апта ішінде жарияланады."), answered.text());

        // brute-force protection: after five wrong passwords in a row even the right one is refused for a while
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals("invalid_grant", passwordGrant(username, "wrong-password-" + attempt).path("error"));
        }
        assertEquals("invalid_grant", passwordGrant(username, password).path("error"));
    }

    private static io.restassured.response.Response passwordGrant(String username, String password) {
        return RestAssured.given()
                .formParam("grant_type", "password").formParam("client_id", "pikir-cli")
                .formParam("username", username).formParam("password", password)
                .post(platform.keycloakUrl() + "/realms/pikir/protocol/openid-connect/token");
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

    @Test
    void aRecommendationIsEndorsedACommentHiddenAndBothAnsweredBackToTheCitizen() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Page citizen = newPage("en-US");
        citizen.navigate(platform.gatewayUrl() + FORUM_PATH + "/report?lang=en");
        assertThat(citizen.locator("h1")).hasText("What we heard");
        long commentsBefore = figure(citizen, "figure-comments");
        long recommendationsBefore = figure(citizen, "figure-recommendations");

        // the citizen submits a recommendation (shown the similar ones first, if any) and a comment
        signIn(citizen, "citizen", "Aigerim Citizen", FORUM_PATH + "?lang=en");
        citizen.locator("#recommendations a[href$='/recommendations/new']").click();
        assertThat(citizen.locator("h1")).hasText("Submit a recommendation");
        assertAccessible(citizen);
        String title = "Evening hearings in every district " + run;
        citizen.locator("#recommendation-title").fill(title);
        citizen.locator("#recommendation-body").fill("Hold a hearing after working hours in every district, so people with jobs can come.");
        citizen.locator("#recommendation-language").selectOption("en");
        screenshots(citizen, "recommend");
        citizen.locator("button[name=step][value=submit]").click();
        if (citizen.locator(".similar").count() > 0) {
            assertAccessible(citizen);
            citizen.locator("button[name=step][value=submit]").click();
        }
        assertThat(citizen).hasURL(Pattern.compile("notice=recommended#recommendation-\\d+$"));
        String recommendationAnchor = citizen.url().substring(citizen.url().indexOf('#') + 1);
        Locator recommendation = citizen.locator("#" + recommendationAnchor);
        assertThat(recommendation.locator(".recommendation__title")).hasText(title);
        assertThat(recommendation.locator(".recommendation__count")).hasText("Endorsements: 0");
        assertAccessible(citizen);

        String off = "A comment about the weather, not the reform " + run;
        citizen.locator("#comment-body").fill(off);
        citizen.locator("form#comment-form").getByText("Send comment").click();
        Locator comment = citizen.locator(".comment").filter(new Locator.FilterOptions().setHasText(off));
        assertThat(comment).hasCount(1);
        String commentAnchor = comment.getAttribute("id");

        // another citizen endorses the recommendation and reports the comment
        Page neighbour = newPage("en-US");
        signIn(neighbour, "citizen2", "Daniyar Citizen", FORUM_PATH + "?lang=en");
        neighbour.locator("#" + recommendationAnchor + " form[action$='/endorsement'] button").click();
        assertThat(neighbour.locator("#recommendations .success")).hasText("Thank you, your endorsement has been counted.");
        assertThat(neighbour.locator("#" + recommendationAnchor + " .recommendation__count")).hasText("Endorsements: 1");
        assertThat(neighbour.locator("#" + recommendationAnchor + " .recommendation__endorsed")).isVisible();
        assertAccessible(neighbour);
        neighbour.locator("#" + commentAnchor + " a[href*='/flags/new']").click();
        assertThat(neighbour.locator("h1")).hasText("Report a comment");
        neighbour.locator("button[type=submit]").getByText("Send report").click();
        assertThat(neighbour.locator(".error-summary a[href='#flag-reason']")).isVisible();
        assertAccessible(neighbour);
        neighbour.locator("#flag-reason-OFF_TOPIC").check();
        neighbour.locator("#flag-note").fill("Not about the reform");
        neighbour.locator("button[type=submit]").getByText("Send report").click();
        assertThat(neighbour.locator("#comments .success")).hasText("Thank you, a moderator will look at your report.");

        // the moderator hides the reported comment with a reason, then reviews and answers the recommendation
        Page moderator = newPage("en-US");
        signIn(moderator, "moderator", "Madina Moderator", "/admin");
        assertThat(moderator.locator("h1")).hasText("Admin console");
        assertAccessible(moderator);
        moderator.navigate(platform.gatewayUrl() + "/admin/moderation?event=" + ALMATY + "&state=flagged");
        Locator flagged = moderator.locator(".queue-item").filter(new Locator.FilterOptions().setHasText(off));
        assertThat(flagged).hasCount(1);
        assertThat(flagged.locator(".queue-item__flags")).containsText("off topic (1)");
        assertAccessible(moderator);
        screenshots(moderator, "admin-moderation");
        flagged.locator("button[name=action][value=HIDE]").click();
        assertThat(moderator.locator(".error-summary")).isVisible();
        assertAccessible(moderator);
        flagged = moderator.locator(".queue-item").filter(new Locator.FilterOptions().setHasText(off));
        flagged.locator("select[name=reason]").selectOption("OFF_TOPIC");
        flagged.locator("input[name=note]").fill("The forum is about the constitutional reform");
        flagged.locator("button[name=action][value=HIDE]").click();
        assertThat(moderator.locator("p.success")).hasText("Decisions recorded: 1.");
        assertThat(moderator.locator(".queue-item").filter(new Locator.FilterOptions().setHasText(off))).hasCount(0);

        moderator.navigate(platform.gatewayUrl() + "/admin/review?event=" + ALMATY + "&status=SUBMITTED");
        assertAccessible(moderator);
        moderator.locator(".review-list a").filter(new Locator.FilterOptions().setHasText(title)).click();
        assertThat(moderator.locator("h1")).hasText(title);
        assertAccessible(moderator);
        moderator.locator("form[action$='/assignee'] button").getByText("Assign to me").click();
        assertThat(moderator.locator("p.success")).hasText("The reviewer has been changed.");
        moderator.locator("#status-choice-UNDER_REVIEW").check();
        moderator.locator("form[action$='/status'] button[type=submit]").click();
        assertThat(moderator.locator("p.success")).hasText("The status has been changed.");
        String answer = "Every district will hold an evening hearing from next spring. " + run;
        moderator.locator("#answer-text").fill(answer);
        moderator.locator("#answer-by").fill("Akimat of Almaty");
        moderator.locator("form[action$='/answer'] button[type=submit]").click();
        assertThat(moderator.locator("p.success")).hasText("The official answer has been published.");
        moderator.locator("#status-choice-ACCEPTED").check();
        moderator.locator("form[action$='/status'] button[type=submit]").click();
        assertThat(moderator.locator("dl.facts .tag--status")).hasText("Accepted");
        assertAccessible(moderator);
        screenshots(moderator, "admin-review");
        moderator.locator("nav.admin-nav a[href='/admin/reports']").click();
        assertAccessible(moderator);
        moderator.locator("a[href='/admin/reports/" + ALMATY + "']").click();
        assertThat(moderator.locator("a[href='/api/feedback/exports/" + ALMATY + "/comments.csv']")).isVisible();
        assertAccessible(moderator);
        screenshots(moderator, "admin-report");

        // the citizen finds the reason and the answer in My feedback and on the forum
        citizen.navigate(platform.gatewayUrl() + "/my-feedback");
        assertThat(citizen.locator("h1")).hasText("My feedback");
        Locator mine = citizen.locator("#my-" + commentAnchor);
        assertThat(mine.locator(".tag--status")).hasText("Hidden by a moderator");
        assertThat(mine.locator(".moderation-reason")).hasText("Hidden by a moderator: off topic");
        assertThat(mine).containsText("Moderator's note: The forum is about the constitutional reform");
        Locator answered = citizen.locator("#my-" + recommendationAnchor);
        assertThat(answered.locator(".answer__text")).hasText(answer);
        assertThat(answered).containsText("Review: Accepted · Endorsements: 1");
        assertThat(citizen.locator(".notification--unread").filter(new Locator.FilterOptions()
                .setHasText("was hidden by a moderator: off topic"))).not().hasCount(0);
        assertThat(citizen.locator(".notification--unread").filter(new Locator.FilterOptions()
                .setHasText("has received an official answer"))).not().hasCount(0);
        assertAccessible(citizen);
        screenshots(citizen, "my-feedback");
        citizen.locator("form[action='/my-feedback/notifications/read'] button").click();
        assertThat(citizen.locator("p.success")).hasText("All notifications are marked as read.");
        assertThat(citizen.locator(".notification--unread")).hasCount(0);

        citizen.navigate(platform.gatewayUrl() + FORUM_PATH);
        assertThat(citizen.locator("#" + commentAnchor + " .comment__hidden")).hasText("Hidden by a moderator: off topic");
        assertThat(citizen.locator("#" + commentAnchor)).not().containsText(off);
        assertThat(citizen.locator("#" + recommendationAnchor + " .answer__text")).hasText(answer);
        assertThat(citizen.locator("#" + recommendationAnchor + " .answer__by")).containsText("Akimat of Almaty");

        // the report counts them: the hidden comment stays listed (in place, by its reason)
        citizen.locator(".report-link a").click();
        assertThat(citizen.locator("#figure-comments")).hasText(String.valueOf(commentsBefore + 1));
        assertThat(citizen.locator("#figure-recommendations")).hasText(String.valueOf(recommendationsBefore + 1));
        assertThat(citizen.locator("#chart-status svg[role=img] title")).hasText("Recommendations by review status");
        assertThat(citizen.locator("a[href='/api/feedback/open-data/" + ALMATY + ".json']")).isVisible();
        assertThat(citizen.locator("#top a[href$='#" + recommendationAnchor + "']")).hasText(title);
        assertAccessible(citizen);
        screenshots(citizen, "report");
    }

    @Test
    void aCitizenChoosesAPublicNameEditsAndDeletesTheirComment() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Page page = newPage("en-US");
        signIn(page, "citizen2", "Daniyar Citizen", "/my-feedback");
        assertAccessible(page);
        page.locator("a[href='/my-feedback/profile']").click();
        page.locator("#display-name").fill("daniyar@example.org");
        page.locator("button[type=submit]").getByText("Save").click();
        assertThat(page.locator(".error-summary a[href='#display-name']")).hasText("The name must not look like an e-mail address");
        assertAccessible(page);
        String name = "Daniyar " + run;
        page.locator("#display-name").fill(name);
        page.locator("label[for=profile-language-kk]").click();
        page.locator("button[type=submit]").getByText("Save").click();
        assertThat(page.locator(".my-name")).hasText(name);

        page.navigate(platform.gatewayUrl() + FORUM_PATH + "?lang=en");
        String text = "First thoughts " + run;
        page.locator("#comment-body").fill(text);
        page.locator("form#comment-form").getByText("Send comment").click();
        Locator comment = page.locator(".comment").filter(new Locator.FilterOptions().setHasText(text));
        assertThat(comment.locator(".comment__author")).hasText(name);
        String anchor = comment.getAttribute("id");

        page.navigate(platform.gatewayUrl() + "/my-feedback");
        page.locator("#my-" + anchor + " a[href$='/edit']").click();
        assertThat(page.locator("#comment-body")).hasValue(text);
        assertAccessible(page);
        page.locator("#comment-body").fill("");
        page.locator("button[type=submit]").getByText("Save the change").click();
        assertThat(page.locator(".error-summary a[href='#comment-body']")).hasText("Enter the comment");
        String edited = "Second thoughts, after reading the statements " + run;
        page.locator("#comment-body").fill(edited);
        page.locator("button[type=submit]").getByText("Save the change").click();
        assertThat(page.locator("p.success")).hasText("Your comment has been changed.");
        assertThat(page.locator("#my-" + anchor + " .my-item__body")).hasText(edited);

        page.locator("#my-" + anchor + " a[href$='/delete']").click();
        assertThat(page.locator("blockquote")).containsText(edited);
        assertAccessible(page);
        page.locator("button[type=submit]").getByText("Delete the comment").click();
        assertThat(page.locator("#my-" + anchor + " .tag--status")).hasText("Deleted by you");
        page.navigate(platform.gatewayUrl() + FORUM_PATH + "#" + anchor);
        assertThat(page.locator("#" + anchor + " .comment__hidden")).hasText("Deleted by the author");
        assertThat(page.locator("#" + anchor)).not().containsText(name);

        // erasing is explained and needs the word typed; nothing is erased here
        page.navigate(platform.gatewayUrl() + "/my-feedback/erase");
        page.locator("#erase-confirm").fill("yes");
        page.locator("button[type=submit]").getByText("Erase my data").click();
        assertThat(page.locator(".error-summary a[href='#erase-confirm']")).hasText("Type DELETE to confirm");
        assertAccessible(page);
    }

    @Test
    void anEditorCreatesAForumWithAParticipantAStatementAndAMaterialAndPublishesIt() throws IOException {
        String slug = "e2e-hearing-" + UUID.randomUUID().toString().substring(0, 8);
        Page page = newPage("en-US");
        signIn(page, "editor", "Yerlan Editor", "/admin/forums");
        assertThat(page.locator("h1")).hasText("Forums");
        assertAccessible(page);
        page.locator("a[href='/admin/forums/new']").first().click();
        page.locator("#forum-slug").fill("Not a slug");
        page.locator("button[type=submit]").getByText("Create draft").click();
        assertThat(page.locator(".error-summary a[href='#forum-title-kk']")).isVisible();
        assertThat(page.locator("#forum-slug")).hasValue("Not a slug");
        assertAccessible(page);
        page.locator("#forum-slug").fill(slug);
        page.locator("#forum-title-kk").fill("Аудандағы тыңдаулар");
        page.locator("#forum-title-ru").fill("Слушания в районе");
        page.locator("#forum-title-en").fill("District hearing " + slug);
        page.locator("#forum-summary-en").fill("Residents discuss the district's budget.");
        page.locator("#forum-city-en").fill("Almaty");
        page.locator("#forum-date").fill("2026-12-01");
        page.locator("#forum-kind").selectOption("HEARING");
        page.locator("button[type=submit]").getByText("Create draft").click();

        assertThat(page).hasURL(Pattern.compile(literal("/admin/forums/" + slug) + "\\?done=created"));
        assertThat(page.locator("h1")).hasText("District hearing " + slug);
        assertAccessible(page);
        page.locator("#participant-name").fill("Aliya Nurova");
        page.locator("#participant-role").selectOption("EXPERT");
        page.locator("#participant-position").fill("Economist");
        page.locator("button[type=submit]").getByText("Add participant").click();
        assertThat(page.locator("#participants .person__name")).containsText("Aliya Nurova");
        page.locator("#statement-participant").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Aliya Nurova"));
        page.locator("#statement-text").fill("The district budget should be published line by line.");
        page.locator("#statement-language").selectOption("en");
        page.locator("button[type=submit]").getByText("Add statement").click();
        assertThat(page.locator("#statements .statement")).containsText("published line by line");
        Path file = Files.createTempFile("protocol", ".txt");
        Files.writeString(file, "Protocol of the district hearing\n");
        page.locator("#material-kind").selectOption("TRANSCRIPT");
        page.locator("#material-title-en").fill("Protocol");
        page.locator("#material-language").selectOption("en");
        page.locator("#material-file").setInputFiles(file);
        page.locator("button[type=submit]").getByText("Upload material").click();
        assertThat(page.locator("p.success")).hasText("The material has been uploaded.");
        assertThat(page.locator("#materials .material")).containsText("Protocol");
        page.locator("#consultation-closes").fill("2099-12-31");
        page.locator("#consultation button[value=open]").click();
        assertThat(page.locator("p.success")).hasText("The consultation is open.");
        page.locator("form[action$='/publish'] button").click();
        assertThat(page.locator("#status .tag")).hasText("Published");
        assertAccessible(page);
        screenshots(page, "admin-forum");

        page.locator("a[href='/admin/forums/" + slug + "/edit']").click();
        assertThat(page.locator("#forum-title-en")).hasValue("District hearing " + slug);
        assertAccessible(page);
        page.goBack();
        page.locator("a[href='/forums/" + slug + "']").first().click();
        assertThat(page.locator("h1")).hasText("District hearing " + slug);
        assertThat(page.locator(".person__name")).containsText("Aliya Nurova");
        assertThat(page.locator(".statement__quote")).containsText("published line by line");
        assertThat(page.locator(".material h3")).hasText("Protocol");
        assertThat(page.locator(".window.is-open")).isVisible();
        assertAccessible(page);
    }

    @Test
    void theAdminConsoleIsClosedToCitizensAndAsksStrangersToSignIn() {
        Page page = newPage("en-US");
        page.navigate(platform.gatewayUrl() + "/admin/moderation");
        assertThat(page).hasURL(Pattern.compile("^" + literal(platform.keycloakUrl() + "/")));
        page.locator("input[name=username]").fill("citizen");
        page.locator("input[name=password]").fill("citizen");
        page.locator("#kc-login").click();
        assertThat(page.locator("h1")).hasText("You cannot see this page");
        assertThat(page.locator("a.account__admin")).hasCount(0);
        assertAccessible(page);
    }

    /** A fresh browser context (no cookies) at desktop size, sending {@code locale} as Accept-Language. */
    @Test
    void onAForumWithMoreThanAHundredCommentsShowMoreReachesTheOldest() {
        String token = platform.accessToken("citizen2");
        String oldest = "The first of a long discussion " + UUID.randomUUID();
        postComment(token, oldest);
        // 130 newer comments: newest first, 20 threads a page, the first one is at least seven pages down
        for (int i = 1; i <= 130; i++) {
            postComment(token, "Comment " + i + " of a long discussion");
        }

        Page page = newPage("en-US");
        page.navigate(platform.gatewayUrl() + FORUM_PATH);
        int pages = 1;
        while (!page.locator("#comments").textContent().contains(oldest)) {
            Locator more = page.locator("#comments a[rel=next]");
            assertEquals(1, more.count(), "no 'Show more comments' link on page " + pages + " before the oldest comment");
            if (pages == 2) {
                assertAccessible(page);
            }
            more.click();
            pages++;
            assertTrue(pages < 100, "the oldest comment was not reached in 100 pages");
        }
        assertTrue(pages >= 7, "the oldest comment showed after " + pages + " pages; 131 comments need 7 or more");
        assertThat(page.locator("#comments-count")).containsText("comments");
    }

    private static void postComment(String token, String text) {
        RestAssured.given().baseUri(platform.gatewayUrl()).auth().oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("eventSlug", ALMATY, "body", text, "language", "en"))
                .post("/api/feedback/comments")
                .then().statusCode(201);
    }

    private Page newPage(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT)
                // axe is injected as an inline script, which the gateway's CSP forbids
                .setBypassCSP(true));
        context.setDefaultTimeout(ACTION_TIMEOUT_MS);
        contexts.add(context);
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

    /** Signs {@code user} in on Keycloak's page from {@code /login}, and comes back to {@code next}. */
    private static void signIn(Page page, String user, String name, String next) {
        page.navigate(platform.gatewayUrl() + "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        assertThat(page).hasURL(Pattern.compile("^" + literal(platform.keycloakUrl() + "/")));
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(user);
        page.locator("#kc-login").click();
        assertThat(page.locator(".account__name")).containsText(name);
    }

    private static long figure(Page page, String id) {
        return Long.parseLong(page.locator("#" + id).textContent().strip());
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
