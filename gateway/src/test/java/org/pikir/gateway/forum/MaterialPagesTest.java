package org.pikir.gateway.forum;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class MaterialPagesTest {

    private static final String FORUM = "/forums/" + Stubs.ALMATY;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void theVersionsPageListsEachVersionWithItsNoteAndDownload() {
        String html = given().header("Accept-Language", "en")
                .when().get(FORUM + "/materials/1")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Outcome of the expert forum on the constitutional reform</h1>"))
                .body(containsString("<a href=\"" + FORUM + "#material-1\">Back to the forum</a>"))
                .body(containsString("<h3>Version 2 <span class=\"tag\">current</span></h3>"))
                .body(containsString("<h3>Version 1</h3>"))
                .body(containsString("What changed:</span> Исправлена опечатка в должности участника"))
                .body(containsString("What changed:</span> Первая публикация"))
                .body(containsString("<time datetime=\"2026-02-27T11:30:00Z\">"))
                .body(containsString("<a href=\"/api/events/" + Stubs.ALMATY + "/materials/1/versions/2/file\">"
                        + "Download itogi-foruma-2026-02-25.txt</a>"))
                .body(containsString("<a href=\"/api/events/" + Stubs.ALMATY + "/materials/1/versions/1/file\">"))
                .body(containsString("<a href=\"" + FORUM + "?material=1#comment-form\">Comment on this material</a>"))
                .extract().asString();
        assertThat("newest version first", html.indexOf("Version 2"), lessThan(html.indexOf("Version 1")));
    }

    @Test
    void theDownloadLinkIsServedThroughTheGatewaysApiProxy() {
        String path = "/api/events/" + Stubs.ALMATY + "/materials/1/versions/1/file";
        Stubs.events().register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain; charset=utf-8").withBody("Итоги форума")));

        String body = given().when().get(path).then().statusCode(200).extract().asString();

        assertThat(body, equalTo("Итоги форума"));
    }

    @Test
    void aFileNameIsTextNeverMarkup() {
        Stubs.events().register(get(urlPathEqualTo("/api/events/" + Stubs.ALMATY + "/materials/5")).willReturn(Stubs.json(200, """
                {"id":5,"kind":"TRANSCRIPT","title":{"ru":"Стенограмма"},"language":"ru","currentVersion":1,
                 "file":null,"link":null,"versions":[{"version":1,"changeNote":"<i>note</i>","createdAt":"2026-03-01T10:00:00Z",
                 "file":{"name":"<img src=x onerror=alert(1)>.txt","mediaType":"text/plain","size":12,"sha256":"00",
                         "url":"/api/events/%s/materials/5/versions/1/file"},"link":null}]}""".formatted(Stubs.ALMATY))));

        given().header("Accept-Language", "ru")
                .when().get(FORUM + "/materials/5")
                .then().statusCode(200)
                .body(containsString("Скачать &lt;img src=x onerror=alert(1)&gt;.txt</a>"))
                .body(containsString("(12 байт)"))
                .body(containsString("&lt;i&gt;note&lt;/i&gt;"))
                .body(not(containsString("<img")));
    }

    @Test
    void anUnknownOrMalformedMaterialIsTheNotFoundPage() {
        given().header("Accept-Language", "en").when().get(FORUM + "/materials/99")
                .then().statusCode(404).body(containsString("Page not found"));
        given().header("Accept-Language", "en").when().get(FORUM + "/materials/abc")
                .then().statusCode(404).body(containsString("Page not found"));
        given().header("Accept-Language", "en").when().get("/forums/no-such-forum/materials/1")
                .then().statusCode(404).body(containsString("Page not found"));
    }
}
