package org.pikir.gateway.forum;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.SignIn;
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

/** A forum read once is asked for again with its ETag: unchanged, events-service answers 304 and sends nothing. */
@QuarkusTest
class ForumReadingTest {

    private static final String TITLE = "Constitutional reform: the basis";

    @Test
    void anUnchangedForumIsConfirmedByItsVersionAndAChangedOneIsReadAgain() {
        String slug = "read-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/api/events/" + slug;
        String forum = Stubs.resource("almaty.json").replace(Stubs.ALMATY, slug);
        Stubs.events().register(get(urlPathEqualTo(path)).withHeader("If-None-Match", absent())
                .willReturn(Stubs.json(200, forum).withHeader("ETag", "\"v1\"")));
        Stubs.events().register(get(urlPathEqualTo(path)).withHeader("If-None-Match", equalTo("\"v1\""))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(304)
                        .withHeader("ETag", "\"v1\"")));
        String session = SignIn.asCitizen();

        for (int i = 0; i < 3; i++) {
            given().header("Accept-Language", "en").cookie(SignIn.SESSION_COOKIE, session)
                    .when().get("/forums/" + slug)
                    .then().statusCode(200).body(containsString(TITLE));
        }
        Stubs.events().verifyThat(1, getRequestedFor(urlPathEqualTo(path)).withHeader("If-None-Match", absent()));
        Stubs.events().verifyThat(2, getRequestedFor(urlPathEqualTo(path)).withHeader("If-None-Match", equalTo("\"v1\"")));

        // an editor renamed the forum: version 2 replaces the kept one
        Stubs.events().register(get(urlPathEqualTo(path)).withHeader("If-None-Match", equalTo("\"v1\""))
                .willReturn(Stubs.json(200, forum.replace(TITLE, "Renamed forum: the basis"))
                        .withHeader("ETag", "\"v2\"")));
        given().header("Accept-Language", "en").cookie(SignIn.SESSION_COOKIE, session)
                .when().get("/forums/" + slug)
                .then().statusCode(200).body(containsString("Renamed forum")).body(not(containsString(TITLE)));
    }
}
