package org.pikir.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pikir.platform.testing.openapi.OpenApiLint;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI documents of the packaged services pass the build's lint, and so does the gateway's combined document
 * made of them: the one place where both services' real documents meet.
 */
@ExtendWith(PlatformExtension.class)
class OpenApiDocumentsIT {

    private static Platform platform;

    @BeforeAll
    static void platform(Platform started) {
        platform = started;
    }

    @Test
    void everyDocumentAndTheCombinedOnePassTheLint() {
        List<String> findings = new ArrayList<>();
        for (Platform.ServiceAddresses service : platform.serviceAddresses()) {
            lint(service.name(), service.publicUrl() + "/q/openapi?format=json", findings);
        }
        lint("combined", platform.gatewayUrl() + "/openapi/combined.json", findings);
        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }

    private static JsonNode readTree(String document) {
        try {
            return new ObjectMapper().readTree(document);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void lint(String name, String url, List<String> findings) {
        String document = given().get(url).then().statusCode(200).extract().asString();
        // the top-level key, not the words: the gateway's own document describes the key in prose
        if (readTree(document).has("x-pikir-unavailable")) {
            findings.add(name + ": a service did not give its document");
        }
        OpenApiLint.findings(document).forEach(finding -> findings.add(name + ": " + finding));
    }
}
