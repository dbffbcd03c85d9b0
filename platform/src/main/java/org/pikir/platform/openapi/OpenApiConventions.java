package org.pikir.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.pikir.platform.problem.Problem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the conventions every Pikir service keeps (docs/api.md) into its OpenAPI document, so that no resource
 * repeats them: every error is an RFC 9457 problem ({@code #/components/schemas/Problem}); a secured operation
 * answers 401 (with {@code WWW-Authenticate}) and 403; an operation with input answers 400 naming the fields, one with
 * a path parameter 404; a 201 carries {@code Location}; 429 and 503 carry {@code Retry-After}; an operation that
 * takes {@code Idempotency-Key} answers 409 while the first request with the key runs and 422 when it is reused
 * with another body. Resources declare only the answers that are theirs (a 409 for an archived event, a 429 for
 * submission limits); this fills in their shape.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiConventions implements OASFilter {

    public static final String PROBLEM_SCHEMA = "Problem";
    public static final String FIELD_ERROR_SCHEMA = "FieldError";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** On a 201 whose result has no address of its own: no Location is sent, none is documented. */
    public static final String NO_LOCATION = "x-pikir-no-location";

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String HEADERS = "#/components/headers/";
    private static final String LOCATION = "Location";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    /** Descriptions SmallRye and Quarkus write when nobody wrote one; replaced by what the answer means here. */
    private static final Set<String> GENERATED_DESCRIPTIONS = Set.of("Bad Request", "Not Authorized", "Not Allowed",
            "Unauthorized", "Forbidden", "Not Found");

    private static final Map<String, String> STANDARD_DESCRIPTIONS = Map.of(
            "400", "A parameter or field is invalid; `errors` names each one",
            "401", "No bearer token, or one that is expired, forged or not for `pikir-api`",
            "403", "The token's roles do not allow this",
            "404", "Nothing exists under this path parameter",
            "409", "The request conflicts with the current state; `type` says how",
            "422", "This Idempotency-Key was used before with another body",
            "429", "Too many requests; Retry-After says when to try again",
            "503", "Temporarily unavailable; Retry-After says when to try again");

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? OASFactory.createComponents() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchema(FIELD_ERROR_SCHEMA, fieldErrorSchema());
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        components.addHeader(LOCATION, OASFactory.createHeader()
                .description("The address of what was created")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference")));
        components.addHeader(RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds to wait before trying again")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(BigDecimal.ZERO)));
        components.addHeader(WWW_AUTHENTICATE, OASFactory.createHeader()
                .description("`Bearer`: send an access token of realm pikir")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(method, operation)));
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (operation.getRequestBody() != null || !parameters.isEmpty()) {
            ensure(responses, "400");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            ensure(responses, "404");
        }
        if (secured(operation)) {
            ensure(responses, "401");
            ensure(responses, "403");
        }
        if (method != PathItem.HttpMethod.GET
                && parameters.stream().anyMatch(p -> IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()))) {
            ensure(responses, "409");
            ensure(responses, "422");
        }
        responses.getAPIResponses().forEach(OpenApiConventions::shape);
    }

    /** Signed-in only: a requirement that names a scheme (an empty requirement means signing in is optional). */
    private static boolean secured(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        return security != null && !security.isEmpty()
                && security.stream().noneMatch(requirement -> requirement.getSchemes() == null
                || requirement.getSchemes().isEmpty());
    }

    private static void ensure(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(STANDARD_DESCRIPTIONS.get(status)));
        }
    }

    private static void shape(String status, APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        String standard = STANDARD_DESCRIPTIONS.get(status);
        if (standard != null && (response.getDescription() == null || GENERATED_DESCRIPTIONS.contains(response.getDescription()))) {
            response.setDescription(standard);
        }
        if ("201".equals(status) && (response.getExtensions() == null || !response.getExtensions().containsKey(NO_LOCATION))) {
            header(response, LOCATION);
        }
        if ("401".equals(status)) {
            header(response, WWW_AUTHENTICATE);
        }
        if ("429".equals(status) || "503".equals(status)) {
            header(response, RETRY_AFTER);
        }
        if (isError(status)) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + PROBLEM_SCHEMA))));
        }
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    private static void header(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(HEADERS + name));
        }
    }

    /** {@link Problem} as clients read it. */
    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail (media type application/problem+json)")
                .addProperty("type", string("A stable URI naming the kind of problem; switch on it").format("uri"))
                .addProperty("title", string("A short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code"))
                .addProperty("detail", string("What went wrong with this request, for people"))
                .addProperty("instance", string("The path that was requested").format("uri-reference"))
                .addProperty("requestId", string("The request's X-Request-Id, to quote when reporting it"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("Each field or parameter at fault, when the input was invalid")
                        .items(OASFactory.createSchema().ref(SCHEMAS + FIELD_ERROR_SCHEMA)))
                .required(List.of("type", "title", "status"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("One field or parameter at fault")
                .addProperty("field", string("The field's path in the body (`title.kk`, `ids[2]`) or the parameter's name"))
                .addProperty("message", string("What is wrong with it"))
                .required(List.of("field", "message"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
