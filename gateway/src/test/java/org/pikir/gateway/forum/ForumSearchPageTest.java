package org.pikir.gateway.forum;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The home page's search form: a plain GET form whose choices events-service filters by. */
@QuarkusTest
class ForumSearchPageTest {

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void theHomePageOffersASearchBoxAndFiltersFromThePublishedForums() {
        given().header("Accept-Language", "en")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\""))
                .body(containsString("<label for=\"search-q\">Search</label>"))
                .body(containsString("<input type=\"search\" id=\"search-q\" name=\"q\" value=\"\""))
                .body(containsString("<option value=\"open\">Open for comments</option>"))
                .body(containsString("<option value=\"Almaty\">Almaty</option>"))
                .body(containsString("<option value=\"Астана\">Астана</option>"))
                .body(containsString("<option value=\"public-administration\">Public administration</option>"))
                .body(containsString("<option value=\"budget\">Budget</option>"))
                .body(not(containsString("Forums found")));
    }

    @Test
    void theSearchIsForwardedToEventsServiceAndShownAgain() {
        String words = "конституция " + UUID.randomUUID();

        given().header("Accept-Language", "ru")
                .queryParam("q", words)
                .queryParam("status", "open")
                .queryParam("city", "Алматы")
                .queryParam("topic", "constitution")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("value=\"" + words + "\""))
                .body(containsString("<option value=\"open\" selected>Открыт приём комментариев</option>"))
                .body(containsString("<option value=\"Алматы\" selected>Алматы</option>"))
                .body(containsString("<option value=\"constitution\" selected>Конституция</option>"))
                .body(containsString("Найдено форумов: 2"))
                .body(containsString("<a href=\"/\">Сбросить поиск</a>"));

        Stubs.events().verifyThat(1, getRequestedFor(urlPathEqualTo("/api/events"))
                .withQueryParam("q", equalTo(words))
                .withQueryParam("status", equalTo("open"))
                .withQueryParam("city", equalTo("Алматы"))
                .withQueryParam("topic", equalTo("constitution")));
    }

    @Test
    void anUnknownStatusIsLeftOutRatherThanRefused() {
        String words = "budget " + UUID.randomUUID();

        given().header("Accept-Language", "en")
                .queryParam("q", words)
                .queryParam("status", "<script>")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("<option value=\"\" selected>Any</option>"))
                .body(not(containsString("<script>")));

        Stubs.events().verifyThat(1, getRequestedFor(urlPathEqualTo("/api/events"))
                .withQueryParam("q", equalTo(words))
                .withQueryParam("status", absent()));
    }

    @Test
    void aSearchWithoutResultsSaysSo() {
        String words = "nothing " + UUID.randomUUID();
        Stubs.events().register(get(urlPathEqualTo("/api/events"))
                .withQueryParam("q", equalTo(words))
                .willReturn(Stubs.json(200, "{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0,\"totalPages\":0}")));

        given().header("Accept-Language", "kk")
                .queryParam("q", words)
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("Табылған форумдар: 0"))
                .body(containsString("Сұрауыңыз бойынша форум табылмады."));
    }
}
