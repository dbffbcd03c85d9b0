package org.pikir.gateway.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.util.Map;
import java.util.UUID;

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
