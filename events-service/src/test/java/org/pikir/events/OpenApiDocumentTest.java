package org.pikir.events;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.openapi.OpenApiDocuments;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

/** events-service's OpenAPI document passes the build's lint and says what creating an event really answers. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theDocumentPassesTheLint() {
        OpenApiDocuments.assertPassesTheLint();
    }

    @Test
    void creatingAnEventIsDocumentedAsItAnswers() {
        OpenApiDocuments.served()
                .rootPath("paths.'/api/events'.post")
                .body("operationId", equalTo("eventCreate"))
                .body("responses.keySet()", hasItems("201", "400", "401", "403", "409"))
                .body("responses", not(hasKey("200")))
                .body("responses.'201'.headers.Location.'$ref'", equalTo("#/components/headers/Location"))
                .body("responses.'201'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/EventResponse"))
                .body("responses.'409'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("security[0].bearer", hasItems("editor", "admin"))
                .noRootPath()
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"));
    }
}
