package org.pikir.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;
import org.pikir.gateway.GatewayConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * One OpenAPI document for everything the gateway forwards: the paths and schemas of events-service
 * and feedback-service, fetched from their {@code /q/openapi} when asked. A schema name both define
 * differently is kept apart under the service's name, its references rewritten. A service that does
 * not answer is left out and named under {@code x-pikir-unavailable}, so the document never fails whole.
 */
@Path("/openapi/combined.json")
public class CombinedOpenApi {

    private static final Logger LOG = Logger.getLogger(CombinedOpenApi.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public CombinedOpenApi(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode combined() {
        Map<String, List<URI>> services = new LinkedHashMap<>();
        services.put("events-service", config.eventsUrl());
        services.put("feedback-service", config.feedbackUrl());
        Map<String, CompletableFuture<JsonNode>> fetching = new LinkedHashMap<>();
        services.forEach((name, replicas) -> fetching.put(name, fetchFromAny(name, replicas, 0)));

        Map<String, JsonNode> documents = new LinkedHashMap<>();
        List<String> unavailable = new ArrayList<>();
        fetching.forEach((name, document) -> {
            JsonNode fetched = document.join();
            if (fetched == null) {
                unavailable.add(name);
            } else {
                documents.put(name, fetched);
            }
        });
        return merge(documents, unavailable);
    }

    /** Merges the services' documents; visible for tests. */
    ObjectNode merge(Map<String, JsonNode> documents, List<String> unavailable) {
        ObjectNode combined = json.createObjectNode();
        combined.put("openapi", "3.0.3");
        ObjectNode info = combined.putObject("info");
        info.put("title", "Pikir API");
        info.put("description", "events-service and feedback-service as the gateway serves them, in one document.");
        info.put("version", documents.values().stream()
                .map(d -> d.path("info").path("version").asText("")).filter(v -> !v.isEmpty())
                .findFirst().orElse("unknown"));
        combined.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = combined.putObject("paths");
        ObjectNode schemas = json.createObjectNode();
        ObjectNode securitySchemes = json.createObjectNode();
        ArrayNode tags = json.createArrayNode();
        Set<String> tagNames = new TreeSet<>();

        Set<String> clashing = clashingSchemaNames(documents);
        documents.forEach((service, original) -> {
            JsonNode document = original.deepCopy();
            String prefix = service.replace("-service", "") + ".";
            renameSchemaReferences(document, clashing, prefix);
            document.path("paths").fields().forEachRemaining(path -> paths.set(path.getKey(), path.getValue()));
            document.path("components").path("schemas").fields().forEachRemaining(schema ->
                    schemas.set(clashing.contains(schema.getKey()) ? prefix + schema.getKey() : schema.getKey(),
                            schema.getValue()));
            document.path("components").path("securitySchemes").fields()
                    .forEachRemaining(scheme -> securitySchemes.set(scheme.getKey(), scheme.getValue()));
            for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
        });
        ObjectNode components = combined.putObject("components");
        components.set("schemas", schemas);
        if (!securitySchemes.isEmpty()) {
            components.set("securitySchemes", securitySchemes);
        }
        if (!tags.isEmpty()) {
            combined.set("tags", tags);
        }
        if (!unavailable.isEmpty()) {
            ArrayNode missing = combined.putArray("x-pikir-unavailable");
            unavailable.forEach(missing::add);
        }
        return combined;
    }

    /** Schema names defined by more than one service with different content. */
    private static Set<String> clashingSchemaNames(Map<String, JsonNode> documents) {
        Map<String, JsonNode> seen = new LinkedHashMap<>();
        Set<String> clashing = new TreeSet<>();
        for (JsonNode document : documents.values()) {
            document.path("components").path("schemas").fields().forEachRemaining(schema -> {
                JsonNode earlier = seen.putIfAbsent(schema.getKey(), schema.getValue());
                if (earlier != null && !earlier.equals(schema.getValue())) {
                    clashing.add(schema.getKey());
                }
            });
        }
        return clashing;
    }

    private static void renameSchemaReferences(JsonNode node, Set<String> clashing, String prefix) {
        if (clashing.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)
                    && clashing.contains(ref.asText().substring(SCHEMA_REF.length()))) {
                object.set("$ref", TextNode.valueOf(SCHEMA_REF + prefix + ref.asText().substring(SCHEMA_REF.length())));
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                renameSchemaReferences(children.next(), clashing, prefix);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> renameSchemaReferences(child, clashing, prefix));
        }
    }

    /** The document of the first replica, from {@code index} on, that gives it (all replicas serve the same). */
    private CompletableFuture<JsonNode> fetchFromAny(String name, List<URI> replicas, int index) {
        return fetch(name, replicas.get(index)).thenCompose(document -> document != null || index + 1 >= replicas.size()
                ? CompletableFuture.completedFuture(document)
                : fetchFromAny(name, replicas, index + 1));
    }

    private CompletableFuture<JsonNode> fetch(String name, URI service) {
        URI document = service.resolve("/q/openapi?format=json");
        return http.sendAsync(HttpRequest.newBuilder(document).timeout(TIMEOUT)
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> {
                    if (response.statusCode() != 200) {
                        LOG.warnf("%s answered %d for its OpenAPI document", name, response.statusCode());
                        return (JsonNode) null;
                    }
                    try {
                        return json.readTree(response.body());
                    } catch (IOException e) {
                        LOG.warnf("%s sent an OpenAPI document that is not JSON: %s", name, e.getMessage());
                        return null;
                    }
                })
                .exceptionally(failure -> {
                    LOG.warnf("%s did not give its OpenAPI document: %s", name, failure.getMessage());
                    return null;
                });
    }
}
