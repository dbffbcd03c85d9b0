package org.pikir.gateway.openapi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.openapi.OpenApiDocuments;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * The gateway's own OpenAPI document passes the build's lint and describes what programs call on the gateway itself;
 * its web pages (HTML, forms) are not an API and stay out, with the template engine's types.
 */
@QuarkusTest
class GatewayOpenApiDocumentTest {

    @Test
    void theDocumentPassesTheLint() {
        OpenApiDocuments.assertPassesTheLint();
    }

    @Test
    void itDescribesTheCombinedDocumentAndNoPages() {
        OpenApiDocuments.served()
                .body("info.title", equalTo("Pikir gateway"))
                .body("paths", hasKey("/openapi/combined.json"))
                .body("paths", not(hasKey("/forums/{slug}")))
                .body(not(containsString("TemplateInstance")));
    }
}
