package org.pikir.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;
import org.pikir.platform.problem.Problem;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiConventionsTest {

    @Test
    void theProblemSchemaHasTheFieldsProblemsAreWrittenWith() {
        OpenAPI api = OASFactory.createOpenAPI();
        new OpenApiConventions().filterOpenAPI(api);

        assertEquals(names(Problem.class), api.getComponents().getSchemas().get("Problem").getProperties().keySet());
        assertEquals(names(Problem.FieldError.class),
                api.getComponents().getSchemas().get("FieldError").getProperties().keySet());
    }

    @Test
    void aSecuredCreatingPostGetsItsAnswersShaped() {
        Operation create = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER))
                .requestBody(OASFactory.createRequestBody())
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer", "citizen"))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("Created"))
                        .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"))
                        .addAPIResponse("429", OASFactory.createAPIResponse().description("Over the limit")));

        Map<String, APIResponse> responses = filtered("/things", create).getResponses().getAPIResponses();

        assertEquals(Set.of("201", "400", "401", "403", "409", "422", "429"), responses.keySet());
        assertEquals("#/components/headers/Location", responses.get("201").getHeaders().get("Location").getRef());
        assertNull(responses.get("201").getContent());
        assertEquals("#/components/headers/WWW-Authenticate",
                responses.get("401").getHeaders().get("WWW-Authenticate").getRef());
        assertFalse(responses.get("401").getDescription().equals("Not Authorized"), "the generated description stays");
        assertEquals("Over the limit", responses.get("429").getDescription());
        assertEquals("#/components/headers/Retry-After", responses.get("429").getHeaders().get("Retry-After").getRef());
        for (String status : Set.of("400", "401", "403", "409", "422", "429")) {
            assertEquals("#/components/schemas/Problem", responses.get(status).getContent()
                    .getMediaType("application/problem+json").getSchema().getRef(), status);
        }
    }

    @Test
    void aPublicReadWithAPathParameterAnswers404AndNoAuthenticationErrors() {
        Operation read = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()));

        Map<String, APIResponse> responses = filtered("/things/{id}", read).getResponses().getAPIResponses();

        assertEquals(Set.of("200", "400", "404"), responses.keySet());
    }

    @Test
    void a201MarkedWithoutAddressGetsNoLocation() {
        Operation flag = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("201", OASFactory.createAPIResponse().addExtension(OpenApiConventions.NO_LOCATION, "true")));

        assertTrue(filtered("/flags", flag).getResponses().getAPIResponse("201").getHeaders() == null);
    }

    private static Operation filtered(String path, Operation operation) {
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem(path, OASFactory.createPathItem().POST(operation)));
        new OpenApiConventions().filterOpenAPI(api);
        return api.getPaths().getPathItem(path).getPOST();
    }

    private static Set<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }
}
