package org.pikir.gateway.proxy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Anonymous reads of what a service marked public are answered by the gateway for a moment (max-age 1s in tests). */
@QuarkusTest
class SharedCacheTest {

    private static final String ETAG = "\"3bb64f43\"";

    private static String publishedForum() {
        String path = "/api/events/cache-" + UUID.randomUUID();
        Stubs.events().register(get(urlPathEqualTo(path)).willReturn(forum("public, max-age=60")));
        return path;
    }

    private static ResponseDefinitionBuilder forum(String cacheControl) {
        String body = "{\"slug\":\"almaty\",\"title\":{\"kk\":\"Конституциялық реформа\"}}";
        return aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=UTF-8")
                .withHeader("Content-Length", Integer.toString(body.getBytes(StandardCharsets.UTF_8).length))
                .withHeader("Cache-Control", cacheControl)
                .withHeader("ETag", ETAG)
                .withBody(body);
    }

    @Test
    void aPublicAnswerIsReusedForAnonymousReadsWithTheirOwnRequestIds() {
        String path = publishedForum();

        String first = given().when().get(path).then().statusCode(200).extract().header("X-Request-Id");
        for (int i = 0; i < 3; i++) {
            given().when().get(path)
                    .then().statusCode(200)
                    .header("Cache-Control", "public, max-age=60")
                    .header("ETag", ETAG)
                    .header("Age", matchesPattern("[0-9]+"))
                    .header("X-Request-Id", not(equalTo(first)))
                    .header("X-Content-Type-Options", "nosniff")
                    .body("title.kk", equalTo("Конституциялық реформа"));
        }

        Stubs.events().verifyThat(1, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void aMatchingIfNoneMatchIsAnsweredNotModifiedFromTheCache() {
        String path = publishedForum();
        given().when().get(path).then().statusCode(200);

        given().header("If-None-Match", ETAG).when().get(path)
                .then().statusCode(304)
                .header("ETag", ETAG)
                .body(emptyString());

        Stubs.events().verifyThat(1, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void anEntryExpiresAfterTheGatewaysMaximumAgeSoEditsShow() throws InterruptedException {
        String path = publishedForum();
        given().when().get(path).then().statusCode(200);

        Thread.sleep(1_200);
        given().when().get(path).then().statusCode(200);

        Stubs.events().verifyThat(2, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void requestsWithCredentialsOrAskingForAFreshAnswerAlwaysReachTheService() {
        String path = publishedForum();
        given().when().get(path).then().statusCode(200);

        given().header("Authorization", "Bearer some.editor.token").when().get(path).then().statusCode(200);
        given().cookie("q_session", "opaque").when().get(path).then().statusCode(200);
        given().header("Cache-Control", "no-cache").when().get(path).then().statusCode(200);

        Stubs.events().verifyThat(4, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void privateOrUnmarkedAnswersAreNeverReused() {
        String privatePath = "/api/events/cache-" + UUID.randomUUID();
        Stubs.events().register(get(urlPathEqualTo(privatePath)).willReturn(forum("private, no-store")));
        String unmarkedPath = "/api/feedback/cache-" + UUID.randomUUID();
        Stubs.feedback().register(get(urlPathEqualTo(unmarkedPath)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));

        for (int i = 0; i < 2; i++) {
            given().when().get(privatePath).then().statusCode(200);
            given().when().get(unmarkedPath).then().statusCode(200);
        }

        Stubs.events().verifyThat(2, getRequestedFor(urlPathEqualTo(privatePath)));
        Stubs.feedback().verifyThat(2, getRequestedFor(urlPathEqualTo(unmarkedPath)));
    }

    @Test
    void aCompressedAnswerIsNeverReused() {
        String path = "/api/events/cache-" + UUID.randomUUID();
        byte[] gzipped = gzip("{\"slug\":\"almaty\"}");
        Stubs.events().register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Cache-Control", "public, max-age=60")
                .withHeader("Content-Encoding", "gzip").withHeader("Content-Length", Integer.toString(gzipped.length))
                .withBody(gzipped)));
        for (int i = 0; i < 2; i++) {
            given().header("Accept-Encoding", "gzip").when().get(path)
                    .then().statusCode(200).header("Content-Encoding", "gzip").body("slug", equalTo("almaty"));
        }
        Stubs.events().verifyThat(2, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void theQueryIsPartOfWhatIsCached() {
        String path = publishedForum();
        given().queryParam("page", 0).when().get(path).then().statusCode(200);
        given().queryParam("page", 1).when().get(path).then().statusCode(200);
        given().queryParam("page", 0).when().get(path).then().statusCode(200);

        Stubs.events().verifyThat(2, getRequestedFor(urlPathEqualTo(path)));
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
