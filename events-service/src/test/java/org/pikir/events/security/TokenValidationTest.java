package org.pikir.events.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.TestTokens;
import org.pikir.platform.testing.security.TokenForgery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only a token signed by the realm, for this API, in its lifetime is accepted; anything else is 401 and creates nothing. */
@QuarkusTest
class TokenValidationTest {

    @Test
    void forgedOrStaleTokensAreRefused() {
        List<String> accepted = new ArrayList<>();
        for (Map.Entry<String, String> bad : TokenForgery.badTokens("editor", "citizen", "editor").entrySet()) {
            String slug = "forged-" + UUID.randomUUID().toString().substring(0, 8);
            int status = given().header("Authorization", "Bearer " + bad.getValue()).contentType("application/json")
                    .body(draft(slug)).when().post("/api/events").statusCode();
            if (status != 401) {
                accepted.add(bad.getKey() + " → " + status);
            }
            if (given().auth().oauth2(TestTokens.editor()).when().get("/api/events/" + slug).statusCode() != 404) {
                accepted.add(bad.getKey() + " created " + slug);
            }
        }
        assertTrue(accepted.isEmpty(), "tokens not refused with 401: " + accepted);
    }

    @Test
    void theGenuineTokenIsAccepted() {
        String slug = "genuine-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(draft(slug))
                .when().post("/api/events").then().statusCode(201);
    }

    private static String draft(String slug) {
        return """
                {"slug":"%s","title":{"en":"Token check"},"kind":"HEARING","format":"ONLINE","city":"Astana","date":"2027-01-10"}
                """.formatted(slug);
    }
}
