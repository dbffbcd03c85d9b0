package org.pikir.gateway.forum;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;

@QuarkusTest
class HistoryPagesTest {

    private static final String HISTORY = "/forums/" + Stubs.ALMATY + "/history";

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void theHistoryShowsWhenWhoAndWhatChangedNewestFirst() {
        String html = given().header("Accept-Language", "en")
                .when().get(HISTORY)
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Change history</h1>"))
                .body(containsString("<a href=\"/forums/" + Stubs.ALMATY + "\">Back to the forum</a>"))
                .body(containsString("<time datetime=\"2026-02-27T10:00:00Z\">"))
                .body(containsString("<p class=\"history__action\">Forum details changed</p>"))
                .body(containsString("<p class=\"history__account\">Account: editor</p>"))
                .body(containsString("<ul class=\"names\" aria-labelledby=\"history-2-fields\">"))
                .body(containsString("<li>Venue</li>"))
                .body(containsString("<li>Start time</li>"))
                .body(containsString("New version of a material: <span class=\"history__subject\">itogi-foruma-2026-02-25.txt</span>"))
                .body(containsString("Исправлена опечатка в должности участника"))
                .body(containsString("<p class=\"history__action\">Forum published</p>"))
                .body(containsString("Account: seed"))
                .extract().asString();
        assertThat(html.indexOf("Forum details changed"), lessThan(html.indexOf("Forum published")));
    }

    @Test
    void actionsAndFieldNamesAreInTheChosenLanguage() {
        given().queryParam("lang", "kk")
                .when().get(HISTORY)
                .then().statusCode(200)
                .body(containsString("<h1>Өзгерістер тарихы</h1>"))
                .body(containsString("Форум мәліметтері өзгертілді"))
                .body(containsString("Өзгертілген өрістер:"))
                .body(containsString("<li>Өтетін орны</li>"))
                .body(containsString("Тіркелгі: editor"));
    }

    @Test
    void aDraftTextsChangesAreNamedInEveryLanguage() {
        for (String[] named : new String[][] {{"en", "Draft version published"}, {"ru", "Опубликована версия проекта"},
                {"kk", "Жобаның нұсқасы жарияланды"}}) {
            given().queryParam("lang", named[0])
                    .when().get(HISTORY)
                    .then().statusCode(200)
                    .body(containsString("<p class=\"history__action\">" + named[1] + "</p>"));
        }
    }

    @Test
    void theHistoryOfAnUnknownForumIsNotFound() {
        given().header("Accept-Language", "en")
                .when().get("/forums/no-such-forum/history")
                .then().statusCode(404)
                .body(containsString("Page not found"));
    }
}
