package org.pikir.gateway.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.SignIn;
import org.pikir.gateway.Stubs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security headers are on every kind of answer the gateway gives: each page type, its error pages, the
 * sign-in redirect, static files, operations endpoints and everything under {@code /api} (forwarded answers; the
 * gateway's own 413 problem is checked in FormLimitsTest). CORS stays closed everywhere. On plain HTTP there is no HSTS, and an
 * {@code X-Forwarded-Proto} from a caller is not believed unless a proxy is configured (see BehindTlsProxyTest).
 */
@QuarkusTest
class SecurityHeadersEverywhereTest {

    private static final String EVIL = "https://evil.example";

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    private Map<String, Supplier<Response>> everyKindOfAnswer() {
        String down = "down-" + UUID.randomUUID().toString().substring(0, 8);
        Stubs.events().register(get(urlPathEqualTo("/api/events/" + down)).willReturn(aResponse().withStatus(500)));
        String ok = "/api/events/headers-" + UUID.randomUUID();
        Stubs.events().register(get(urlPathEqualTo(ok)).willReturn(Stubs.json(200, "{}")));
        String denied = "/api/feedback/headers-" + UUID.randomUUID();
        Stubs.feedback().register(get(urlPathEqualTo(denied)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json").withHeader("WWW-Authenticate", "Bearer")
                // a service that says otherwise does not weaken the gateway's headers
                .withHeader("Content-Security-Policy", "script-src * 'unsafe-inline'").withHeader("X-Frame-Options", "ALLOWALL")
                .withBody("{\"status\":401}")));
        String session = SignIn.asCitizen();
        Map<String, Supplier<Response>> answers = new LinkedHashMap<>();
        answers.put("home page", () -> request().get("/"));
        answers.put("home page signed in", () -> request().cookie(SignIn.SESSION_COOKIE, session).get("/"));
        answers.put("search results", () -> request().queryParam("q", "<script>").get("/"));
        answers.put("forum page", () -> request().get("/forums/" + Stubs.ALMATY));
        answers.put("forum page signed in", () -> request().cookie(SignIn.SESSION_COOKIE, session).get("/forums/" + Stubs.ALMATY));
        answers.put("material page", () -> request().get("/forums/" + Stubs.ALMATY + "/materials/1"));
        answers.put("history page", () -> request().get("/forums/" + Stubs.ALMATY + "/history"));
        answers.put("unknown forum (404 page)", () -> request().get("/forums/no-such-forum"));
        answers.put("unknown address (404)", () -> request().get("/no/such/address"));
        answers.put("service failing (503 page)", () -> request().get("/forums/" + down));
        answers.put("refused form (403 page)", () -> request().cookie(SignIn.SESSION_COOKIE, session)
                .contentType("application/x-www-form-urlencoded").formParam("body", "x")
                .post("/forums/" + Stubs.ALMATY + "/comments"));
        answers.put("form to an address that takes none", () -> request().contentType("application/x-www-form-urlencoded")
                .formParam("x", "y").post("/"));
        answers.put("sign-in redirect", () -> request().get("/login"));
        answers.put("stylesheet", () -> request().get("/css/pikir.css"));
        answers.put("health asked on the public port (404; it is on the management interface)",
                () -> request().get("/q/health/live"));
        answers.put("OpenAPI", () -> request().get("/q/openapi"));
        answers.put("forwarded API answer", () -> request().get(ok));
        answers.put("forwarded API refusal", () -> request().get(denied));
        answers.put("API preflight", () -> request().header("Origin", EVIL).header("Access-Control-Request-Method", "POST")
                .options("/api/feedback/comments"));
        return answers;
    }

    /** As a browser sends it, but showing the gateway's own redirects instead of following them elsewhere. */
    private static RequestSpecification request() {
        return given().redirects().follow(false);
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Supplier<Response>> answer : everyKindOfAnswer().entrySet()) {
            Response response;
            try {
                response = answer.getValue().get();
            } catch (RuntimeException e) {
                wrong.add(answer.getKey() + ": " + e);
                continue;
            }
            String what = answer.getKey() + " (" + response.statusCode() + ")";
            String policy = response.header("Content-Security-Policy");
            if (policy == null) {
                wrong.add(what + ": no Content-Security-Policy");
            } else {
                String scripts = directive(policy, "script-src");
                if (scripts == null || !scripts.equals("'self'")) {
                    wrong.add(what + ": script-src is " + scripts);
                }
                if (policy.contains("unsafe-inline") || policy.contains("unsafe-eval") || policy.contains("*")) {
                    wrong.add(what + ": the policy allows more than this site: " + policy);
                }
                if (!"'none'".equals(directive(policy, "frame-ancestors"))) {
                    wrong.add(what + ": frame-ancestors is " + directive(policy, "frame-ancestors"));
                }
                if (!"'self'".equals(directive(policy, "base-uri")) || directive(policy, "default-src") == null
                        || directive(policy, "form-action") == null) {
                    wrong.add(what + ": base-uri, default-src or form-action missing: " + policy);
                }
            }
            expect(wrong, what, response, "X-Content-Type-Options", "nosniff");
            expect(wrong, what, response, "X-Frame-Options", "DENY");
            expect(wrong, what, response, "Referrer-Policy", "strict-origin-when-cross-origin");
            if (response.header("Strict-Transport-Security") != null) {
                wrong.add(what + ": HSTS on plain HTTP");
            }
            if (response.header("X-Request-Id") == null) {
                wrong.add(what + ": no X-Request-Id");
            }
            if (response.header("Access-Control-Allow-Origin") != null) {
                wrong.add(what + ": Access-Control-Allow-Origin " + response.header("Access-Control-Allow-Origin"));
            }
            String type = response.contentType();
            String caching = response.header("Cache-Control");
            boolean shared = caching != null && caching.startsWith("public") && response.header("ETag") != null
                    && response.headers().getValues("Set-Cookie").isEmpty();
            if (type != null && type.startsWith("text/html") && !"no-store".equals(caching) && !shared) {
                wrong.add(what + ": an HTML page neither no-store nor a shared page without cookies: " + caching);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void aCallerCannotSwitchOnHstsOrChangeTheHeaders() {
        given().header("X-Forwarded-Proto", "https").header("Forwarded", "proto=https").when().get("/")
                .then().statusCode(200)
                .header("Strict-Transport-Security", org.hamcrest.Matchers.nullValue())
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void corsStaysClosedForEveryOriginAndPath() {
        List<String> wrong = new ArrayList<>();
        for (String origin : List.of(EVIL, "null", "http://localhost:1", "https://pikir.example.evil.example")) {
            for (String path : List.of("/api/feedback/comments", "/api/events", "/api/feedback/me", "/forums/x/comments",
                    "/logout", "/", "/q/openapi")) {
                for (RequestSpecification request : List.of(
                        given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                                .header("Access-Control-Request-Headers", "authorization,content-type"),
                        given().header("Origin", origin))) {
                    Response preflight = request.when().options(path);
                    Response simple = given().header("Origin", origin).when().get(path);
                    for (Response response : List.of(preflight, simple)) {
                        for (String header : List.of("Access-Control-Allow-Origin", "Access-Control-Allow-Credentials",
                                "Access-Control-Allow-Headers", "Access-Control-Allow-Methods")) {
                            if (response.header(header) != null) {
                                wrong.add(origin + " " + path + ": " + header + ": " + response.header(header));
                            }
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static void expect(List<String> wrong, String what, Response response, String header, String value) {
        if (!value.equals(response.header(header))) {
            wrong.add(what + ": " + header + " is " + response.header(header));
        }
    }

    /** The value of one directive of a policy, {@code null} when absent. */
    static String directive(String policy, String name) {
        return Arrays.stream(policy.split(";")).map(String::trim)
                .filter(part -> part.equals(name) || part.startsWith(name + " "))
                .map(part -> part.substring(name.length()).trim())
                .findFirst().orElse(null);
    }
}
