package org.pikir.gateway.admin.draft;

import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.pikir.gateway.forum.EventsClient;
import org.pikir.gateway.web.BackendUnavailableException;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.ServiceRefused;
import org.pikir.gateway.web.ServiceResponses;

import java.util.List;

/**
 * A forum's draft documents edited through events-service with the editor's own token: imports (which may take a few
 * seconds: see the timeouts in {@code application.properties}), structure corrections, publishing, new versions and
 * the comparative table.
 */
@ApplicationScoped
@Timeout
@CircuitBreaker
@Retry
@RetryWhen(exception = ServiceRefused.class)
public class DraftEditingClient {

    private static final GenericType<List<DraftResponse>> DRAFTS = new GenericType<>() {
    };

    /** The comparative table as a Word file, with the name events-service gave it. */
    public record TableDocument(byte[] bytes, String contentType, String contentDisposition) {
    }

    private final DraftEditingApi api;
    private final ServiceResponses responses;

    public DraftEditingClient(@RestClient DraftEditingApi api, ServiceResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    public ServiceAnswer<List<DraftResponse>> drafts(String slug) {
        if (!EventsClient.possibleSlug(slug)) {
            return new ServiceAnswer.Refused<>(404, "not-found", null, null);
        }
        try (Response response = api.list(slug)) {
            return responses.read(response, DRAFTS, "the drafts of " + slug);
        }
    }

    /** The file is streamed from the gateway's disk to events-service, which reads its structure. */
    public ServiceAnswer<DraftResponse> importDraft(String slug, ClientMultipartForm draft) {
        try (Response response = api.importDraft(slug, draft)) {
            return responses.read(response, DraftResponse.class, "a new draft of " + slug);
        }
    }

    public ServiceAnswer<DraftResponse> draft(String slug, long id) {
        try (Response response = api.get(slug, id)) {
            return responses.read(response, DraftResponse.class, "draft " + id + " of " + slug);
        }
    }

    public ServiceAnswer<DraftTextResponse> text(String slug, long id, int version, String language) {
        try (Response response = api.text(slug, id, version, language)) {
            return responses.read(response, DraftTextResponse.class, "version " + version + " of draft " + id);
        }
    }

    /** Like {@link #importDraft}: replaces one language's text of an editing version. */
    public ServiceAnswer<Void> importText(String slug, long id, int version, ClientMultipartForm text) {
        try (Response response = api.importText(slug, id, version, text)) {
            return responses.done(response, "a text of version " + version + " of draft " + id);
        }
    }

    public ServiceAnswer<DraftTextResponse.Unit> saveUnit(String slug, long id, int version, String key, String language,
                                                          UnitRequest unit) {
        try (Response response = api.saveUnit(slug, id, version, key, language, unit)) {
            return responses.read(response, DraftTextResponse.Unit.class, "unit " + key + " of draft " + id);
        }
    }

    public ServiceAnswer<Void> removeUnit(String slug, long id, int version, String key, String language) {
        try (Response response = api.removeUnit(slug, id, version, key, language)) {
            return responses.done(response, "removing unit " + key + " of draft " + id);
        }
    }

    public ServiceAnswer<Void> publish(String slug, long id, int version) {
        try (Response response = api.publish(slug, id, version)) {
            return responses.done(response, "publishing version " + version + " of draft " + id);
        }
    }

    public ServiceAnswer<Void> startVersion(String slug, long id, NewVersionRequest version) {
        try (Response response = api.startVersion(slug, id, version)) {
            return responses.done(response, "a new version of draft " + id);
        }
    }

    public ServiceAnswer<TableResponse> table(String slug, long id, int version, String language) {
        try (Response response = api.table(slug, id, version, language)) {
            return responses.read(response, TableResponse.class, "the table of version " + version + " of draft " + id);
        }
    }

    public ServiceAnswer<Void> saveRow(String slug, long id, int version, String key, TableRowRequest row) {
        try (Response response = api.saveRow(slug, id, version, key, row)) {
            return responses.done(response, "row " + key + " of the table of draft " + id);
        }
    }

    /** The whole file, read into memory: a table is a few hundred kilobytes, and a half-sent download helps nobody. */
    public ServiceAnswer<TableDocument> tableDocument(String slug, long id, int version, String language) {
        try (Response response = api.tableDocument(slug, id, version, language)) {
            if (response.getStatus() == 200) {
                return new ServiceAnswer.Done<>(new TableDocument(response.readEntity(byte[].class),
                        response.getHeaderString(HttpHeaders.CONTENT_TYPE),
                        response.getHeaderString(HttpHeaders.CONTENT_DISPOSITION)));
            }
            if (responses.done(response, "the table document of draft " + id) instanceof ServiceAnswer.Refused<Void> refused) {
                return refused.as();
            }
            throw new BackendUnavailableException("answered " + response.getStatus() + " without the table document");
        }
    }
}
