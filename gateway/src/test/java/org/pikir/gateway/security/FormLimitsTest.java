package org.pikir.gateway.security;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.PageForm;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Oversize bodies stop at the gateway with 413: a body declared over {@code quarkus.http.limits.max-body-size}
 * (pages and /api alike, as a problem, before it is read or forwarded), and a form field over
 * {@code quarkus.http.limits.max-form-attribute-size}. The limits are read from the configuration, so the test
 * follows them when they change.
 */
@QuarkusTest
class FormLimitsTest {

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    private static long limit(String name) {
        return ConfigProvider.getConfig().getValue(name, MemorySize.class).asLongValue();
    }

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        long max = limit("quarkus.http.limits.max-body-size");
        for (String target : new String[] {"/forums/" + Stubs.ALMATY + "/comments", "/api/feedback/comments",
                "/api/events/" + Stubs.ALMATY + "/materials", "/logout"}) {
            String answer = raw("POST " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + (max + 1) + "\r\n\r\nbody=");
            assertTrue(answer.startsWith("HTTP/1.1 413"), target + ": " + answer);
            String lower = answer.toLowerCase();
            assertTrue(lower.contains("content-type: application/problem+json"), answer);
            assertTrue(lower.contains("x-frame-options: deny") && lower.contains("content-security-policy:"), answer);
        }
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo("/api/feedback/comments"))
                .withHeader("Content-Length", com.github.tomakehurst.wiremock.client.WireMock.equalTo(String.valueOf(max + 1))));
    }

    @Test
    void aFormFieldOverItsLimitIsRefusedAndNotForwarded() {
        long field = limit("quarkus.http.limits.max-form-attribute-size");
        String session = SignIn.asCitizen();
        PageForm form = PageForm.of(given().cookie(SignIn.SESSION_COOKIE, session).when().get("/forums/" + Stubs.ALMATY));
        String marker = "oversize-" + UUID.randomUUID();
        int status = given().redirects().follow(false).cookie(SignIn.SESSION_COOKIE, session)
                .cookies(form.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.field("csrf-token"))
                .formParam("language", "ru")
                .formParam("body", marker + "x".repeat((int) field + 1))
                .when().post("/forums/" + Stubs.ALMATY + "/comments").statusCode();
        assertEquals(413, status);
        Stubs.feedback().verifyThat(0, postRequestedFor(urlPathEqualTo("/api/feedback/comments"))
                .withRequestBody(containing(marker)));
    }

    private String raw(String head) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            while (answer.indexOf("\r\n\r\n") < 0) {
                int next = in.read();
                if (next < 0) {
                    return answer.toString();
                }
                answer.append((char) next);
            }
            var length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(answer);
            if (length.find()) {
                answer.append(new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8));
            }
            return answer.toString();
        }
    }
}
