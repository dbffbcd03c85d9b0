package org.pikir.gateway.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pages without a session are shared: ETag and 304, public caching, no cookies, one rendering for a crowd. */
@QuarkusTest
@TestProfile(AnonymousPagesTest.PagesKept.class)
class AnonymousPagesTest {

    /** The other tests switch the page cache off, since they change the stubbed answers from one request to the next. */
    public static class PagesKept implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pikir.gateway.page-cache", "2s");
        }
    }

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void aForumPageWithoutSessionIsPublicWithAnEntityTagAndSetsNoCookie() {
        Response page = given().header("Accept-Language", "en").when().get("/forums/" + Stubs.ALMATY);

        assertEquals(200, page.statusCode());
        assertThat(page.header("Cache-Control"), matchesPattern("public, max-age=\\d+"));
        assertThat(page.header("ETag"), matchesPattern("\"[A-Za-z0-9_-]{22}\""));
        assertThat(page.header("Vary"), containsString("Cookie"));
        assertThat(page.headers().getValues("Set-Cookie"), empty());
        assertThat(page.asString(), not(containsString("csrf")));
    }

    @Test
    void theSameEntityTagIsAnsweredNotModifiedWithoutABody() {
        String etag = given().header("Accept-Language", "kk").when().get("/forums/" + Stubs.ALMATY).header("ETag");

        given().header("Accept-Language", "kk").header("If-None-Match", etag)
                .when().get("/forums/" + Stubs.ALMATY)
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(equalTo(""));
        given().header("Accept-Language", "ru").header("If-None-Match", etag)
                .when().get("/forums/" + Stubs.ALMATY)
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void aCrowdReadingOnePageCostsOneRenderingWhileItIsKept() {
        String slug = "crowd-" + UUID.randomUUID().toString().substring(0, 8);
        Stubs.events().register(get(urlPathEqualTo("/api/events/" + slug))
                .willReturn(Stubs.json(200, Stubs.resource("almaty.json").replace(Stubs.ALMATY, slug))));

        for (int i = 0; i < 20; i++) {
            given().header("Accept-Language", "en").when().get("/forums/" + slug).then().statusCode(200);
        }

        // twenty readers within the page cache's window (2 s; a slow machine may need a second rendering)
        int asked = Stubs.events().find(getRequestedFor(urlPathEqualTo("/api/events/" + slug))).size();
        assertThat("events-service asked " + asked + " times", asked <= 2);
    }

    @Test
    void readersArrivingWhileThePageIsRenderedWaitForThatRendering() throws Exception {
        String slug = "rush-" + UUID.randomUUID().toString().substring(0, 8);
        Stubs.events().register(get(urlPathEqualTo("/api/events/" + slug))
                .willReturn(Stubs.json(200, Stubs.resource("almaty.json").replace(Stubs.ALMATY, slug))
                        .withFixedDelay(400)));
        ExecutorService readers = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                statuses.add(readers.submit(() -> given().header("Accept-Language", "en")
                        .when().get("/forums/" + slug).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get(30, TimeUnit.SECONDS));
            }
        } finally {
            readers.shutdownNow();
        }

        // all twelve arrived within the 400 ms the first rendering waited for events-service
        int asked = Stubs.events().find(getRequestedFor(urlPathEqualTo("/api/events/" + slug))).size();
        assertThat("events-service asked " + asked + " times", asked <= 2);
    }

    @Test
    void aKeptPageIsTheRenderedPageWithTheSameSecurityHeaders() {
        Response rendered = given().header("Accept-Language", "en").when().get("/forums/" + Stubs.ALMATY);
        Response kept = given().header("Accept-Language", "en").when().get("/forums/" + Stubs.ALMATY);

        assertEquals(200, kept.statusCode());
        assertEquals(rendered.asString(), kept.asString());
        assertEquals(rendered.header("ETag"), kept.header("ETag"));
        assertEquals("text/html;charset=UTF-8", kept.header("Content-Type").replace(" ", ""));
        assertEquals("en", kept.header("Content-Language"));
        for (String header : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
                "Referrer-Policy")) {
            assertEquals(rendered.header(header), kept.header(header), header);
        }
        assertThat(kept.header("X-Request-Id"), not(equalTo(rendered.header("X-Request-Id"))));
        assertThat(kept.headers().getValues("Set-Cookie"), empty());
        given().header("Accept-Language", "en").when().head("/forums/" + Stubs.ALMATY)
                .then().statusCode(200).header("ETag", equalTo(kept.header("ETag"))).body(equalTo(""));
    }

    @Test
    void aSignedInVisitorGetsTheirOwnPageNeverAStoredOne() {
        given().header("Accept-Language", "en").when().get("/forums/" + Stubs.ALMATY).then().statusCode(200);
        String session = SignIn.asCitizen();

        Response mine = given().header("Accept-Language", "en").cookie(SignIn.SESSION_COOKIE, session)
                .when().get("/forums/" + Stubs.ALMATY);

        assertEquals("no-store", mine.header("Cache-Control"));
        assertThat(mine.header("ETag"), nullValue());
        assertThat(mine.asString(), containsString("Signed in as"));
    }

    @Test
    void choosingALanguageIsPersonalAndNotShared() {
        Response chosen = given().queryParam("lang", "kk").when().get("/forums/" + Stubs.ALMATY);

        assertEquals("no-store", chosen.header("Cache-Control"));
        assertThat(chosen.getCookie("pikir_lang"), equalTo("kk"));
    }
}
