package org.pikir.gateway.forum;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

/** The forum page shows the whole public record of a forum, as events-service publishes it. */
@QuarkusTest
class ForumRecordTest {

    private static final String FORUM = "/forums/" + Stubs.ALMATY;
    private static final Pattern HEADING = Pattern.compile("<h([1-6])[ >]");
    private static final Pattern SECTION = Pattern.compile("<section class=\"%s\".*?</section>", Pattern.DOTALL);

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void theHeaderNamesKindFormatTimesInTheForumsZoneTopicsAndTheCommentWindow() {
        given().header("Accept-Language", "en")
                .when().get(FORUM)
                .then().statusCode(200)
                .body(containsString("<p class=\"forum__kind\">Forum · In person</p>"))
                .body(containsString("Open for comments until February 25, 2099"))
                .body(containsString("<time datetime=\"2026-02-25\">February 25, 2026</time>"))
                .body(containsString("<time datetime=\"2026-02-25T10:00+05:00\">10:00</time>–"
                        + "<time datetime=\"2026-02-25T14:00+05:00\">14:00</time>"))
                .body(containsString("(time zone Asia/Almaty, UTC+05:00)"))
                .body(containsString("<a href=\"/?topic=constitution\">Constitution</a>"))
                .body(containsString("<h2 id=\"about-heading\">About the forum</h2>"))
                .body(containsString("The forum set out to discuss the provisions of the updated Constitution"))
                .body(containsString("<a href=\"/forums/" + Stubs.ALMATY + "/history\">Change history</a>"));
    }

    @Test
    void theAgendaListsEachSessionWithItsKindTimesAndPeople() {
        String agenda = section(given().header("Accept-Language", "en").when().get(FORUM).asString(), "agenda");

        assertThat(agenda, containsString("<li class=\"session\" id=\"session-2\">"));
        assertThat(agenda, containsString("<h3>Expert discussion session</h3>"));
        assertThat(agenda, containsString("<span class=\"tag\">Expert discussion</span> "
                + "<time datetime=\"2026-02-25T12:00+05:00\">12:00</time>–<time datetime=\"2026-02-25T13:30+05:00\">13:30</time>"));
        assertThat(agenda, containsString("<span class=\"tag\">Panel session</span>"));
        assertThat(agenda, containsString("<a href=\"#participant-3\">Dauren Pirimbetov</a>"));
        assertThat("sessions in the order events-service gives",
                agenda.indexOf("Statements by participants"), lessThan(agenda.indexOf("Expert discussion session")));
        assertThat(agenda.indexOf("Expert discussion session"), lessThan(agenda.indexOf("Conclusions")));
    }

    @Test
    void allFiveParticipantsAreListedWithPositionOrganisationAndRoleInTheChosenLanguage() {
        String english = section(given().header("Accept-Language", "en").when().get(FORUM).asString(), "participants");
        Map<String, String> names = Map.of("Куаныш Сейтжанов", "Kuanysh Seitzhanov", "Айгерим Сарсенбаева",
                "Aigerim Sarsenbayeva", "Даурен Пірімбетов", "Dauren Pirimbetov", "Айнур Идрисова", "Ainur Idrisova",
                "Улпан Курайысова", "Ulpan Kuraiysova");
        // in English the Latin spelling, with the name as written beside it
        names.forEach((written, latin) -> assertThat(english, containsString("<p class=\"person__name\">" + latin
                + " <span class=\"person__written\">(" + written + ")</span> <span class=\"tag\">")));
        assertThat(english, containsString("Deputy Chair of the party"));
        assertThat(english, containsString("Academy of Public Administration under the President of the Republic of Kazakhstan"));
        assertThat(english, containsString("(Даурен Пірімбетов)</span> <span class=\"tag\">Expert</span>"));
        assertThat(english, containsString("(Куаныш Сейтжанов)</span> <span class=\"tag\">Speaker</span>"));

        String kazakh = section(given().queryParam("lang", "kk").when().get(FORUM).asString(), "participants");
        assertThat(kazakh, containsString("<p class=\"person__name\">Даурен Пірімбетов <span class=\"tag\">Сарапшы</span>"));
        assertThat(kazakh, containsString("<p class=\"person__position\">Саясаттанушы</p>"));
        assertThat(kazakh, containsString("«Қазақстан Республикасының Президенті жанындағы Мемлекеттік басқару академиясы» РМҚК"));
    }

    @Test
    void aStatementIsAQuotationWithItsOwnAnchorSpeakerSessionLanguageAndCommentLink() {
        String statements = section(given().header("Accept-Language", "en").when().get(FORUM).asString(), "statements");

        assertThat(statements, containsString("<blockquote id=\"statement-2\" class=\"statement__quote\" lang=\"ru\">"));
        assertThat(statements, containsString("Проект нового Основного закона страны был разработан"));
        assertThat(statements, containsString("— <cite><a href=\"#participant-1\">Kuanysh Seitzhanov</a></cite>, "
                + "<span>Deputy Chair of the party</span>, <span>Auyl party</span></figcaption>"));
        assertThat(statements, containsString("Session: <a href=\"#session-1\">Statements by participants</a> · In Russian"));
        assertThat(statements, containsString("<a href=\"/forums/" + Stubs.ALMATY + "#statement-1\">Link to this statement</a>"));
        assertThat(statements, containsString(
                "<a href=\"/forums/" + Stubs.ALMATY + "?statement=1#comment-form\">Comment on this statement</a>"));
        assertThat(statements, containsString("<blockquote id=\"statement-1\""));
    }

    @Test
    void materialsOfferTheirFileThroughTheApiProxyOrTheirLinkAndTheirVersions() {
        String materials = section(given().header("Accept-Language", "en").when().get(FORUM).asString(), "materials");

        assertThat(materials, containsString("<h3>Outcome of the expert forum on the constitutional reform</h3>"));
        assertThat(materials, containsString("<span class=\"tag\">Press release</span> · In Russian · Version 2"));
        assertThat(materials, containsString("<a href=\"/api/events/" + Stubs.ALMATY + "/materials/1/file\">"
                + "Download itogi-foruma-2026-02-25.txt</a> <span class=\"download__size\">(2 KB)</span>"));
        assertThat(materials, containsString("<a href=\"/forums/" + Stubs.ALMATY + "/materials/1\">Version history</a>"));
        assertThat(materials, containsString(
                "<a href=\"/forums/" + Stubs.ALMATY + "?material=1#comment-form\">Comment on this material</a>"));
        assertThat(materials, containsString("<h3 lang=\"ru\">Видеозапись форума</h3>"));
        assertThat(materials, containsString("Shown in Russian"));
        assertThat(materials, containsString("<a href=\"https://video.example.org/forums/almaty-2026-02-25\" "
                + "rel=\"noopener noreferrer\">Open on video.example.org</a>"));
    }

    @Test
    void theOutcomeIsShownInTheChosenLanguage() {
        given().queryParam("lang", "ru")
                .when().get(FORUM)
                .then().statusCode(200)
                .body(containsString("<h2 id=\"outcome-heading\">Итоги</h2>"))
                .body(containsString("Участники пришли к общему выводу: новая Конституция"));
        given().queryParam("lang", "kk")
                .when().get(FORUM)
                .then().statusCode(200)
                .body(containsString("<h2 id=\"outcome-heading\">Қорытынды</h2>"))
                .body(containsString("Қатысушылар ортақ тұжырымға келді"))
                .body(containsString("Сараптамалық талқылау сессиясы"));
    }

    @Test
    void aCommentAboutAStatementLinksToIt() {
        given().header("Accept-Language", "en")
                .when().get(FORUM)
                .then().statusCode(200)
                .body(containsString("<p class=\"comment__about\"><a href=\"#statement-1\">"
                        + "on the statement by Kuanysh Seitzhanov</a></p>"));
    }

    @Test
    void headingsGoDownOneLevelAtATimeAndThePageHasNoInlineScriptOrStyle() {
        String html = given().header("Accept-Language", "en").when().get(FORUM).asString();
        List<Integer> levels = new ArrayList<>();
        Matcher heading = HEADING.matcher(html);
        while (heading.find()) {
            levels.add(Integer.parseInt(heading.group(1)));
        }
        assertThat(levels.get(0), equalTo(1));
        assertThat(levels.size(), greaterThan(10));
        for (int i = 1; i < levels.size(); i++) {
            assertThat("heading " + i + " of " + levels, levels.get(i) - levels.get(i - 1), lessThanOrEqualTo(1));
        }
        assertThat(html, not(containsString("<script")));
        assertThat(html, not(containsString("style=")));
    }

    @Test
    void aForumWithoutOutcomeSaysSoAndItsMaterialsNeverLinkOutsideTheProxyOrToScripts() {
        given().header("Accept-Language", "en")
                .when().get("/forums/" + Stubs.RUSSIAN_ONLY)
                .then().statusCode(200)
                .body(containsString("<p class=\"forum__kind\">Public hearing · In person and online</p>"))
                .body(containsString("Closed for comments on March 20, 2026"))
                .body(containsString("The conclusions have not been published yet."))
                .body(containsString("<h3 lang=\"ru\">Проект бюджета</h3>"))
                .body(containsString("The file is not available"))
                .body(not(containsString("evil.example")))
                .body(not(containsString("javascript:")))
                .body(not(containsString("Comment on this material")))
                .body(not(containsString("id=\"agenda\"")));
    }

    private static String section(String html, String name) {
        Matcher matcher = Pattern.compile(SECTION.pattern().formatted(name), Pattern.DOTALL).matcher(html);
        assertThat("a section " + name + " on the page", matcher.find(), equalTo(true));
        return matcher.group();
    }
}
