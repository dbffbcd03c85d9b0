package org.pikir.feedback;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.pikir.platform.testing.openapi.OpenApiDocuments;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** feedback-service's OpenAPI document passes the build's lint and says what submitting really answers. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theDocumentPassesTheLint() {
        OpenApiDocuments.assertPassesTheLint();
    }

    @Test
    void commentingIsDocumentedAsItAnswers() {
        OpenApiDocuments.served()
                .rootPath("paths.'/api/feedback/comments'.post")
                .body("operationId", equalTo("commentCreate"))
                .body("responses.keySet()", hasItems("201", "400", "401", "403", "409", "422", "429"))
                .body("responses", not(hasKey("200")))
                .body("responses.'201'.headers.Location.'$ref'", equalTo("#/components/headers/Location"))
                .body("responses.'429'.headers.'Retry-After'.'$ref'", equalTo("#/components/headers/Retry-After"))
                .body("responses.'422'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .noRootPath()
                .body("components.schemas.Problem.properties.errors.items.'$ref'",
                        equalTo("#/components/schemas/FieldError"));
    }

    @Test
    void downloadsShowNoFrameworkTypesAndThePublicLogNeedsNoToken() {
        OpenApiDocuments.served()
                .body(not(containsString("RoutingContext")))
                .body(not(containsString("StreamingOutput")))
                .body("paths.'/api/feedback/open-data/{eventSlug}.json'.get.requestBody", nullValue())
                .body("paths.'/api/feedback/moderation/log'.get.security", nullValue())
                .body("paths.'/api/feedback/moderation/queue'.get.security[0].bearer", hasItems("moderator", "admin"));
    }
}
