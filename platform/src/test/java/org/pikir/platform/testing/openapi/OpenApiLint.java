package org.pikir.platform.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints an OpenAPI document as the build's gate: what swagger-parser finds against the OpenAPI 3.0/3.1 structure
 * (unknown or missing fields, wrong types, references that lead nowhere, undeclared path parameters), the rules
 * Spectral's {@code spectral:oas} ruleset reports as errors that the parser does not check (unique operationIds,
 * arrays with items, security that names a declared scheme), and Pikir's own (docs/api.md, "OpenAPI documents").
 * {@link #findings} lists every finding; a document passes with none.
 */
public final class OpenApiLint {

    /** Types of the HTTP stack that a published schema must never show. */
    public static final Set<String> FRAMEWORK_TYPES = Set.of("RoutingContext", "HttpServerRequest",
            "HttpServerResponse", "Buffer", "ByteBuf", "Session", "User", "AuthProvider", "JsonObject", "JsonArray",
            "StreamingOutput", "TemplateInstance", "Response", "RestResponse", "Uni", "Multi");

    /** The last path segment of a POST that acts on what exists rather than creating something. */
    public static final Set<String> ACTIONS = Set.of("publish", "archive", "open", "close", "read", "status", "order",
            "bulk", "answer", "assignee", "restore", "merge",
            // an analysis job's cancel (feedback-service)
            "cancel");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    private final JsonNode document;
    private final List<String> findings = new ArrayList<>();

    private OpenApiLint(JsonNode document) {
        this.document = document;
    }

    public static List<String> findings(String json) {
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            return List.of("the document is not JSON: " + e.getMessage());
        }
        OpenApiLint lint = new OpenApiLint(document);
        lint.structure(json);
        lint.operations();
        lint.schemas();
        lint.securitySchemes();
        return lint.findings;
    }

    private void structure(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        if (result.getMessages() != null) {
            result.getMessages().forEach(message -> findings.add("structure: " + message));
        }
        if (!document.path("openapi").asText().startsWith("3.")) {
            findings.add("structure: openapi must be 3.x, is '" + document.path("openapi").asText() + "'");
        }
    }

    private void operations() {
        Map<String, String> operationIds = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> it = path.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (METHODS.contains(entry.getKey())) {
                    operation(path.getKey(), path.getValue(), entry.getKey(), entry.getValue(), operationIds);
                }
            }
        }
    }

    private void operation(String path, JsonNode pathItem, String method, JsonNode operation,
                           Map<String, String> operationIds) {
        String where = method.toUpperCase() + " " + path + ": ";
        String operationId = operation.path("operationId").asText("");
        if (operationId.isEmpty()) {
            findings.add(where + "no operationId");
        } else {
            if (!CAMEL_CASE.matcher(operationId).matches()) {
                findings.add(where + "operationId '" + operationId + "' is not camelCase");
            }
            String earlier = operationIds.putIfAbsent(operationId, where);
            if (earlier != null) {
                findings.add(where + "operationId '" + operationId + "' is also that of " + earlier.replace(": ", ""));
            }
        }
        pathParameters(where, path, pathItem, operation);

        JsonNode responses = operation.path("responses");
        boolean writes = !method.equals("get") && !method.equals("head") && !method.equals("options");
        if (writes && !(responses.has("401") && responses.has("403"))) {
            findings.add(where + "a write must document 401 and 403");
        }
        if (method.equals("post") && creates(path)) {
            if (!responses.has("201")) {
                findings.add(where + "a POST that creates must document 201 (or end its path in an action: " + ACTIONS + ")");
            } else if (!responses.path("201").path("headers").has("Location")
                    && !"true".equals(responses.path("201").path("x-pikir-no-location").asText())) {
                findings.add(where + "its 201 must declare the Location header");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            String status = response.getKey();
            if ((status.startsWith("4") || status.startsWith("5"))
                    && !PROBLEM_REF.equals(response.getValue().path("content").path(PROBLEM_MEDIA_TYPE).path("schema")
                    .path("$ref").asText())) {
                findings.add(where + status + " must be " + PROBLEM_MEDIA_TYPE + " with schema " + PROBLEM_REF);
            }
            if ((status.equals("429") || status.equals("503"))
                    && !response.getValue().path("headers").has("Retry-After")) {
                findings.add(where + status + " must declare the Retry-After header");
            }
        }
        if (writes && responses.has("401") && !secured(operation)) {
            findings.add(where + "documents 401 but names no security scheme");
        }
    }

    /** Spectral's path-params: each {name} in the path is declared once as a path parameter, and only those. */
    private void pathParameters(String where, String path, JsonNode pathItem, JsonNode operation) {
        Set<String> inPath = new TreeSet<>();
        Matcher names = PATH_PARAMETER.matcher(path);
        while (names.find()) {
            if (!inPath.add(names.group(1))) {
                findings.add(where + "path parameter {" + names.group(1) + "} appears twice in the path");
            }
        }
        Set<String> declared = new TreeSet<>();
        for (JsonNode parameters : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : parameters) {
                if ("path".equals(parameter.path("in").asText())) {
                    declared.add(parameter.path("name").asText());
                    if (!parameter.path("required").asBoolean(false)) {
                        findings.add(where + "path parameter " + parameter.path("name").asText() + " must be required");
                    }
                }
            }
        }
        if (!declared.equals(inPath)) {
            findings.add(where + "path parameters declared " + declared + " but the path has " + inPath);
        }
    }

    private static boolean creates(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.startsWith("{") && !ACTIONS.contains(last);
    }

    private static boolean secured(JsonNode operation) {
        for (JsonNode requirement : operation.path("security")) {
            if (requirement.size() > 0) {
                return true;
            }
        }
        return false;
    }

    private void schemas() {
        JsonNode schemas = document.path("components").path("schemas");
        for (Iterator<String> names = schemas.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (FRAMEWORK_TYPES.contains(simple)) {
                findings.add("schema " + name + " is a type of the HTTP stack, not of the API");
            }
        }
        walkSchemas("", document);
    }

    /** Spectral's array-items and duplicated-entry-in-enum, everywhere a schema can be. */
    private void walkSchemas(String where, JsonNode node) {
        if (node.isObject()) {
            JsonNode type = node.get("type");
            boolean array = type != null && (type.isTextual() ? type.asText().equals("array")
                    : type.isArray() && type.toString().contains("\"array\""));
            if (array && !node.has("items") && !node.has("prefixItems")) {
                findings.add("schema at " + where + " is an array without items");
            }
            JsonNode values = node.get("enum");
            if (values != null && values.isArray()) {
                Set<JsonNode> seen = new HashSet<>();
                values.forEach(value -> {
                    if (!seen.add(value)) {
                        findings.add("schema at " + where + " lists enum value " + value + " twice");
                    }
                });
            }
            node.fields().forEachRemaining(child -> walkSchemas(where + "/" + child.getKey(), child.getValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walkSchemas(where + "/" + i, node.get(i));
            }
        }
    }

    /** Every scheme an operation names is declared, and the API's is an HTTP bearer JWT. */
    private void securitySchemes() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        Set<String> named = new TreeSet<>();
        document.path("paths").forEach(pathItem -> pathItem.fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey())) {
                operation.getValue().path("security").forEach(requirement -> requirement.fieldNames()
                        .forEachRemaining(named::add));
            }
        }));
        for (String name : named) {
            JsonNode scheme = schemes.path(name);
            if (scheme.isMissingNode()) {
                findings.add("security scheme " + name + " is named by operations but not declared");
            } else if (!"http".equals(scheme.path("type").asText()) || !"bearer".equalsIgnoreCase(scheme.path("scheme").asText())
                    || !"JWT".equals(scheme.path("bearerFormat").asText())) {
                findings.add("security scheme " + name + " must be an HTTP bearer JWT, is " + scheme);
            }
        }
    }
}
