package org.pikir.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff analysis in Chromium against the whole platform (issue 14): a forum receives a few hundred comments on four
 * subjects and a mass campaign of 500 near-identical ones; a moderator asks for suggested themes and watches the job's
 * progress, accepts and renames three of them, tags every comment a filter finds in one go, answers one theme publicly,
 * and has the campaigns found. The public report then says "you said, we did" with that answer, also as a PDF, and
 * counts the campaign; the moderation queue shows the campaign as one group. The console passes axe in kk, ru, en.
 */
class AnalysisJourneyIT extends BrowserTests {

    private static final int PER_SUBJECT = 60;
    private static final int CAMPAIGN = 500;
    private static final String RESPONSE = "Рабочая группа включила гарантии независимости судей во второй вариант проекта.";

    /** Four subjects a citizen might write about, each with its own words, so that a reader sees four themes. */
    private static final List<List<List<String>>> SUBJECTS = List.of(
            List.of(
                    List.of("судей должен назначать независимый совет", "судьи не должны зависеть от акимата",
                            "Конституционный суд должен принимать жалобы граждан", "суды присяжных нужно расширить",
                            "решения судов надо публиковать полностью", "судебные заседания стоит транслировать онлайн",
                            "зарплата судей должна быть защищена законом", "отбор судей должен быть конкурсным"),
                    List.of("иначе суду никто не поверит", "так судебная власть станет по-настоящему независимой",
                            "это защитит людей от произвола в суде", "чтобы приговоры не диктовались сверху",
                            "так делают в странах с честным правосудием", "без этого судебная реформа останется на бумаге")),
            List.of(
                    List.of("акимов районов нужно выбирать прямым голосованием", "маслихат должен утверждать бюджет села",
                            "аким обязан отчитываться перед жителями каждый год", "выборы акимов сёл надо проводить везде",
                            "местный бюджет должен решать маслихат, а не область", "жители должны отзывать акима голосованием",
                            "аким города пусть избирается горожанами", "сход жителей должен иметь право вето"),
                    List.of("потому что аким должен служить жителям", "так местное самоуправление станет реальным",
                            "иначе в сёлах ничего не меняется", "это сделает акиматы подотчётными",
                            "чтобы деньги района тратились на нужды района", "так маслихаты перестанут быть формальными")),
            List.of(
                    List.of("государственный язык нужно поддерживать бесплатными курсами", "казахский язык должен звучать в каждом ведомстве",
                            "документы министерств публиковать на казахском и русском", "учебники казахского языка стоит обновить",
                            "экзамен по государственному языку для чиновников обязателен", "детские передачи на казахском нужно финансировать",
                            "русский язык следует сохранить как язык межнационального общения", "переводчики в судах должны быть бесплатными"),
                    List.of("чтобы язык жил не только на бумаге", "так никто не почувствует себя лишним",
                            "это уважение к языку народа", "иначе языковая политика останется лозунгом",
                            "потому что язык объединяет страну", "так люди смогут читать законы на родном языке")),
            List.of(
                    List.of("земля и недра должны принадлежать народу", "пастбища нельзя продавать иностранцам",
                            "доходы от недр надо направлять в фонд для детей", "аренду сельхозземель нужно сделать прозрачной",
                            "неиспользуемые земельные участки возвращать государству", "добыча недр требует согласия жителей района",
                            "реестр земельных участков должен быть открытым", "фермеры должны получать землю по конкурсу"),
                    List.of("потому что земля — главное богатство страны", "иначе пастбища достанутся нескольким семьям",
                            "так доходы от недр увидит каждый", "это остановит спекуляцию землёй",
                            "чтобы сёла не остались без пастбищ", "так аренда земли перестанет быть тайной")));
    private static final List<String> OPENERS = List.of("Предлагаю:", "Считаю, что", "Прошу учесть:", "Моё мнение:",
            "Важно:", "Как житель области скажу:", "Поддерживаю идею:", "Настаиваю:");

    @Test
    void aModeratorThemesTheFeedbackAnswersATheme(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String slug = "e2e-analysis-" + UUID.randomUUID().toString().substring(0, 8);
        openForum(slug);
        List<String> texts = subjectTexts();
        post(slug, "citizen", texts);
        post(slug, "citizen2", campaignTexts());
        long aboutCourts = texts.stream().filter(text -> text.contains("суд")).count();

        // suggested themes: the moderator starts the job and watches its progress until it is done
        String console = "/admin/forums/" + slug + "/analysis";
        Page moderator = browsers.newPage("ru-RU");
        browsers.signIn(moderator, "moderator", "Madina Moderator", console + "?lang=ru");
        browsers.assertAccessible(moderator);
        moderator.locator("#suggest-button").click();
        Locator progress = moderator.locator(".job-panel progress");
        assertThat(progress).isVisible();
        waitForJob(slug, "SUGGEST_THEMES");
        assertThat(progress).hasAttribute("value", "100", new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
        browsers.assertAccessible(moderator);
        moderator.navigate(platform.gatewayUrl() + console + "?lang=ru");
        assertTrue(suggested(moderator).count() >= 3, "fewer than 3 suggested themes: " + suggested(moderator).count());
        browsers.assertAccessible(moderator);

        // three of them renamed and accepted: the one about courts, then two others
        List<String> names = List.of("Независимость судов", "Местное самоуправление", "Языки");
        List<String> clues = List.of("суд", "аким", "язык");
        for (int i = 0; i < 3; i++) {
            moderator.navigate(platform.gatewayUrl() + console + "?lang=ru");
            Locator card = suggested(moderator).filter(new Locator.FilterOptions().setHasText(clues.get(i)));
            assertTrue(card.count() > 0, "no suggested theme mentions '" + clues.get(i) + "': "
                    + suggested(moderator).allTextContents());
            card.first().locator("h4 a").click();
            moderator.locator("#theme-name-ru").fill(names.get(i));
            moderator.locator("#rename button[type=submit]").click();
            assertThat(moderator.locator("p.success")).isVisible();
            assertThat(moderator.locator("h1")).hasText(names.get(i));
            moderator.locator("#decision form[action$='/accept'] button[type=submit]").click();
            assertThat(moderator.locator("p.success")).isVisible();
            assertThat(moderator.locator("#decision form[action$='/accept']")).hasCount(0);
        }
        long courts = themeId(slug, names.get(0));
        assertEquals("ACCEPTED", theme(slug, courts).getString("status"));

        // every comment mentioning courts, found by a filter and tagged in bulk
        moderator.navigate(platform.gatewayUrl() + console + "/items?lang=ru");
        browsers.assertAccessible(moderator);
        moderator.locator("#filter-q").fill("суд");
        moderator.locator("form.filters button[type=submit]").click();
        Locator bulk = moderator.locator("#bulk-form");
        bulk.locator("input[name=action][value=ADD]").check();
        bulk.locator("#bulk-theme-" + courts).check();
        bulk.locator("input[name=scope][value=filter]").check();
        bulk.locator("> button[type=submit]").click();
        assertThat(moderator.locator("p.success")).containsText(String.valueOf(aboutCourts));
        browsers.assertAccessible(moderator);
        JsonPath dashboard = api(platform.accessToken("moderator")).get("/api/feedback/analysis/" + slug + "/dashboard")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(dashboard.getLong("analysed") >= aboutCourts, dashboard.prettify());
        assertEquals(aboutCourts, theme(slug, courts).getLong("itemCount"));

        // the courts theme answered publicly
        moderator.navigate(platform.gatewayUrl() + console + "/themes/" + courts + "?lang=ru");
        moderator.locator("#response-text-ru").fill(RESPONSE);
        moderator.locator("#response button[type=submit]").click();
        assertThat(moderator.locator("p.success")).isVisible();

        // campaigns: the 500 near-identical comments are one group
        moderator.navigate(platform.gatewayUrl() + console + "/campaigns?lang=ru");
        moderator.locator("#find-campaigns").click();
        assertThat(moderator.locator(".job-panel progress")).isVisible();
        waitForJob(slug, "CAMPAIGNS");
        moderator.navigate(platform.gatewayUrl() + console + "/campaigns?lang=ru");
        Locator campaigns = moderator.locator("ol.campaigns > li");
        assertThat(campaigns).hasCount(1);
        assertThat(campaigns.first()).containsText(String.valueOf(CAMPAIGN));
        browsers.assertAccessible(moderator);
        moderator.navigate(platform.gatewayUrl() + "/admin/moderation/campaigns/" + campaignId(slug) + "?lang=ru");
        assertThat(moderator.locator("main")).containsText(String.valueOf(CAMPAIGN));
        browsers.assertAccessible(moderator);

        // the public report: you said, we did, with the answer; and the same as a PDF
        Page reader = browsers.newPage("ru-RU");
        reader.navigate(platform.gatewayUrl() + "/forums/" + slug + "/report?lang=ru");
        Locator heard = reader.locator("#you-said");
        assertThat(heard).containsText(names.get(0));
        assertThat(heard).containsText(RESPONSE);
        assertThat(heard.locator("#campaigns")).containsText(String.valueOf(CAMPAIGN));
        browsers.assertAccessible(reader);
        Download pdf = reader.waitForDownload(() -> reader.locator("a[href*='report.pdf'][hreflang=ru]").first().click());
        String printed = pdfText(pdf.path()).replaceAll("\\s+", " ");
        assertTrue(printed.contains(names.get(0)), printed);
        assertTrue(printed.contains(RESPONSE), printed);

        // the console and the report in every language
        for (String lang : List.of("kk", "ru", "en")) {
            for (String path : List.of(console, console + "/items", console + "/campaigns")) {
                moderator.navigate(platform.gatewayUrl() + path + "?lang=" + lang);
                assertThat(moderator.locator("html")).hasAttribute("lang", lang);
                browsers.assertAccessible(moderator);
            }
            reader.navigate(platform.gatewayUrl() + "/forums/" + slug + "/report?lang=" + lang);
            browsers.assertAccessible(reader);
        }
    }

    /** The suggested themes' cards in the codebook (only they can be accepted). */
    private static Locator suggested(Page page) {
        return page.locator("#codebook .theme-card").filter(new Locator.FilterOptions()
                .setHas(page.locator("form[action$='/accept']")));
    }

    /** Waits until the forum's current job is of this kind and has finished; it must have succeeded. */
    private static void waitForJob(String slug, String kind) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonPath job = null;
        while (Instant.now().isBefore(deadline)) {
            job = api(platform.accessToken("moderator")).get("/api/feedback/analysis/" + slug + "/jobs/current")
                    .then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (kind.equals(job.getString("kind")) && !status.equals("QUEUED") && !status.equals("RUNNING")) {
                assertEquals("SUCCEEDED", status, job.prettify());
                return;
            }
            sleep();
        }
        throw new AssertionError("the " + kind + " job did not finish in 2 minutes: " + (job == null ? "" : job.prettify()));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<String> subjectTexts() {
        Random random = new Random(14);
        List<String> texts = new ArrayList<>();
        for (List<List<String>> subject : SUBJECTS) {
            Set<String> made = new LinkedHashSet<>();
            while (made.size() < PER_SUBJECT) {
                String what = subject.get(0).get(random.nextInt(subject.get(0).size()));
                String why = subject.get(1).get(random.nextInt(subject.get(1).size()));
                made.add(OPENERS.get(random.nextInt(OPENERS.size())) + " " + what + ", " + why + ".");
            }
            texts.addAll(made);
        }
        return texts;
    }

    /** One text sent 500 times with the small changes people make when they copy it: greetings, signatures. */
    private static List<String> campaignTexts() {
        String base = "Требуем закрепить в Конституции бесплатное высшее образование для каждого гражданина "
                + "и не допустить сокращения бюджетных мест в региональных университетах. Поддерживаю обращение родителей.";
        List<String> greetings = List.of("", "Здравствуйте! ", "Добрый день. ", "Уважаемая рабочая группа, ");
        List<String> names = List.of("Айгуль", "Серик", "Марат", "Дина", "Ерлан", "Жанна", "Олег", "Асель", "Бауыржан", "Ирина");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < CAMPAIGN; i++) {
            String text = greetings.get(i % greetings.size()) + base + " С уважением, " + names.get(i % names.size())
                    + (i % 3 == 0 ? "!" : ".");
            texts.add(i % 7 == 0 ? text.replace("Требуем", "Просим") : text);
        }
        return texts;
    }

    private static void post(String slug, String user, List<String> texts) {
        String token = platform.accessToken(user);
        for (String text : texts) {
            RestAssured.given().baseUri(platform.feedbackUrl()).auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("eventSlug", slug, "body", text, "language", "ru"))
                    .post("/api/feedback/comments").then().statusCode(201);
        }
    }

    private static JsonPath theme(String slug, long id) {
        return api(platform.accessToken("moderator")).get("/api/feedback/analysis/" + slug + "/themes/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static long themeId(String slug, String name) {
        return api(platform.accessToken("moderator")).get("/api/feedback/analysis/" + slug + "/themes")
                .then().statusCode(200).extract().jsonPath().getLong("items.find { it.name.ru == '" + name + "' }.id");
    }

    private static long campaignId(String slug) {
        return api(platform.accessToken("moderator")).get("/api/feedback/analysis/" + slug + "/campaigns")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void openForum(String slug) {
        String token = platform.accessToken("editor");
        api(token).contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "title", Map.of("ru", "Анализ отзывов " + slug, "en", "Analysis " + slug),
                        "city", "Almaty", "date", "2026-12-01"))
                .post("/api/events").then().statusCode(201);
        api(token).post("/api/events/" + slug + "/publish").then().statusCode(200);
        api(token).contentType(ContentType.JSON).body("{}").post("/api/events/" + slug + "/consultation/open")
                .then().statusCode(200);
    }

    private static RequestSpecification api(String token) {
        return RestAssured.given().baseUri(platform.gatewayUrl()).auth().oauth2(token);
    }
}
