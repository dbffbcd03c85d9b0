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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
 * One OpenAPI document for everything the gateway forwards: the paths and components of events-service
 * and feedback-service, fetched from their {@code /q/openapi} when asked. A component name both define
 * differently (a schema, a header...) is kept apart under the service's name, its references rewritten. A service
 * that does not answer is left out and named under {@code x-pikir-unavailable}, so the document never fails whole.
 */
@Path("/openapi/combined.json")
public class CombinedOpenApi {

    private static final Logger LOG = Logger.getLogger(CombinedOpenApi.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String COMPONENTS_REF = "#/components/";

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public CombinedOpenApi(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "combinedDocument",
            summary = "The OpenAPI document of events-service and feedback-service together, as the gateway serves them")
    @APIResponse(responseCode = "200", description = "The combined document (a service that did not answer is named "
            + "under x-pikir-unavailable)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT)))
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
        combined.put("openapi", "3.1.0");
        ObjectNode info = combined.putObject("info");
        info.put("title", "Pikir API");
        info.put("description", "events-service and feedback-service as the gateway serves them, in one document.");
        info.put("version", documents.values().stream()
                .map(d -> d.path("info").path("version").asText("")).filter(v -> !v.isEmpty())
                .findFirst().orElse("unknown"));
        combined.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = combined.putObject("paths");
        ObjectNode components = json.createObjectNode();
        ArrayNode tags = json.createArrayNode();
        Set<String> tagNames = new TreeSet<>();

        Set<String> clashing = clashingComponents(documents);
        documents.forEach((service, original) -> {
            JsonNode document = original.deepCopy();
            String prefix = service.replace("-service", "") + ".";
            renameReferences(document, clashing, prefix);
            document.path("paths").fields().forEachRemaining(path -> paths.set(path.getKey(), path.getValue()));
            document.path("components").fields().forEachRemaining(kind -> {
                ObjectNode merged = components.has(kind.getKey())
                        ? (ObjectNode) components.get(kind.getKey()) : components.putObject(kind.getKey());
                kind.getValue().fields().forEachRemaining(component -> {
                    String key = kind.getKey() + "/" + component.getKey();
                    merged.set(clashing.contains(key) ? prefix + component.getKey() : component.getKey(),
                            component.getValue());
                });
            });
            for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
        });
        if (!components.has("schemas")) {
            components.putObject("schemas");
        }
        combined.set("components", components);
        if (!tags.isEmpty()) {
            combined.set("tags", tags);
        }
        if (!unavailable.isEmpty()) {
            ArrayNode missing = combined.putArray("x-pikir-unavailable");
            unavailable.forEach(missing::add);
        }
        return combined;
    }

    /** Components ({@code schemas/Page}, {@code headers/Location}) defined by more than one service with different content. */
    private static Set<String> clashingComponents(Map<String, JsonNode> documents) {
        Map<String, JsonNode> seen = new LinkedHashMap<>();
        Set<String> clashing = new TreeSet<>();
        for (JsonNode document : documents.values()) {
            document.path("components").fields().forEachRemaining(kind -> kind.getValue().fields()
                    .forEachRemaining(component -> {
                        String key = kind.getKey() + "/" + component.getKey();
                        JsonNode earlier = seen.putIfAbsent(key, component.getValue());
                        if (earlier != null && !earlier.equals(component.getValue())) {
                            clashing.add(key);
                        }
                    }));
        }
        return clashing;
    }

    private static void renameReferences(JsonNode node, Set<String> clashing, String prefix) {
        if (clashing.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(COMPONENTS_REF)) {
                String key = ref.asText().substring(COMPONENTS_REF.length());
                int slash = key.indexOf('/');
                if (slash > 0 && clashing.contains(key)) {
                    object.set("$ref", TextNode.valueOf(COMPONENTS_REF + key.substring(0, slash + 1) + prefix
                            + key.substring(slash + 1)));
                }
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                renameReferences(children.next(), clashing, prefix);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> renameReferences(child, clashing, prefix));
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
