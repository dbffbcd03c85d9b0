package org.pikir.gateway.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import io.smallrye.faulttolerance.api.RetryWhen;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.pikir.gateway.forum.EventResponse;
import org.pikir.gateway.web.ServiceRefused;
import org.pikir.gateway.forum.EventSummaryResponse;
import org.pikir.gateway.forum.EventsClient;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.ServiceResponses;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.platform.web.PageResponse;



/** Forum editing through events-service with the editor's own token, failing fast when the service is down or slow. */
@ApplicationScoped
@Timeout
@CircuitBreaker
@Retry
@RetryWhen(exception = ServiceRefused.class)
public class ForumEditingClient {

    private static final GenericType<PageResponse<EventSummaryResponse>> PAGE_OF_EVENTS = new GenericType<>() {
    };

    private final ForumEditingApi api;
    private final ServiceResponses responses;

    public ForumEditingClient(@RestClient ForumEditingApi api, ServiceResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    /** Published and archived forums, newest first (events-service lists no drafts). */
    public ServiceAnswer<PageResponse<EventSummaryResponse>> list(SignedInUser editor, int page) {
        try (Response response = api.list(page, PageResponse.MAX_SIZE)) {
            return responses.read(response, PAGE_OF_EVENTS, "the list of forums");
        }
    }

    /** A forum, drafts included; refused (404) for a slug no forum can have, without asking. */
    public ServiceAnswer<EventResponse> get(SignedInUser editor, String slug) {
        if (!EventsClient.possibleSlug(slug)) {
            return new ServiceAnswer.Refused<>(404, "not-found", null, null);
        }
        try (Response response = api.get(slug)) {
            return responses.read(response, EventResponse.class, "forum " + slug);
        }
    }

    public ServiceAnswer<Void> create(SignedInUser editor, ForumDraft draft) {
        try (Response response = api.create(draft)) {
            return responses.done(response, "a new draft");
        }
    }

    public ServiceAnswer<Void> update(SignedInUser editor, String slug, ForumDraft draft) {
        try (Response response = api.update(slug, draft)) {
            return responses.done(response, "an edit of " + slug);
        }
    }

    public ServiceAnswer<Void> publish(SignedInUser editor, String slug) {
        try (Response response = api.publish(slug)) {
            return responses.done(response, "publishing " + slug);
        }
    }

    public ServiceAnswer<Void> archive(SignedInUser editor, String slug) {
        try (Response response = api.archive(slug)) {
            return responses.done(response, "archiving " + slug);
        }
    }

    public ServiceAnswer<Void> openConsultation(SignedInUser editor, String slug, ConsultationWindow window) {
        try (Response response = api.openConsultation(slug, window)) {
            return responses.done(response, "opening the consultation of " + slug);
        }
    }

    public ServiceAnswer<Void> closeConsultation(SignedInUser editor, String slug) {
        try (Response response = api.closeConsultation(slug)) {
            return responses.done(response, "closing the consultation of " + slug);
        }
    }

    public ServiceAnswer<Void> addParticipant(SignedInUser editor, String slug, NewParticipant participant) {
        try (Response response = api.addParticipant(slug, participant)) {
            return responses.done(response, "a participant of " + slug);
        }
    }

    public ServiceAnswer<Void> addStatement(SignedInUser editor, String slug, NewStatement statement) {
        try (Response response = api.addStatement(slug, statement)) {
            return responses.done(response, "a statement of " + slug);
        }
    }

    /** The upload may take a while: the file is streamed from the gateway's disk to events-service. */
    public ServiceAnswer<Void> addMaterial(SignedInUser editor, String slug, ClientMultipartForm material) {
        try (Response response = api.addMaterial(slug, material)) {
            return responses.done(response, "a material of " + slug);
        }
    }

    public ServiceAnswer<Void> deleteDraft(SignedInUser editor, String slug) {
        try (Response response = api.deleteDraft(slug)) {
            return responses.done(response, "deleting draft " + slug);
        }
    }

    public ServiceAnswer<Void> setOutcome(SignedInUser editor, String slug, OutcomeTexts outcome) {
        try (Response response = api.setOutcome(slug, outcome)) {
            return responses.done(response, "the outcome of " + slug);
        }
    }

    public ServiceAnswer<Void> editParticipant(SignedInUser editor, String slug, long id, NewParticipant participant) {
        try (Response response = api.editParticipant(slug, id, participant)) {
            return responses.done(response, "participant " + id + " of " + slug);
        }
    }

    public ServiceAnswer<Void> addAgendaItem(SignedInUser editor, String slug, AgendaItemDraft item) {
        try (Response response = api.addAgendaItem(slug, item)) {
            return responses.done(response, "a session of " + slug);
        }
    }

    public ServiceAnswer<Void> editAgendaItem(SignedInUser editor, String slug, long id, AgendaItemDraft item) {
        try (Response response = api.editAgendaItem(slug, id, item)) {
            return responses.done(response, "session " + id + " of " + slug);
        }
    }

    public ServiceAnswer<Void> editStatement(SignedInUser editor, String slug, long id, NewStatement statement) {
        try (Response response = api.editStatement(slug, id, statement)) {
            return responses.done(response, "statement " + id + " of " + slug);
        }
    }

    public ServiceAnswer<Void> editMaterial(SignedInUser editor, String slug, long id, MaterialDescription material) {
        try (Response response = api.editMaterial(slug, id, material)) {
            return responses.done(response, "material " + id + " of " + slug);
        }
    }

    /** Like {@link #addMaterial}: the file is streamed from the gateway's disk to events-service. */
    public ServiceAnswer<Void> addMaterialVersion(SignedInUser editor, String slug, long id, ClientMultipartForm version) {
        try (Response response = api.addMaterialVersion(slug, id, version)) {
            return responses.done(response, "a version of material " + id + " of " + slug);
        }
    }

    public ServiceAnswer<Void> remove(SignedInUser editor, String slug, ForumPart part, long id) {
        try (Response response = api.remove(slug, part.path(), id)) {
            return responses.done(response, "removing " + part.path() + " " + id + " of " + slug);
        }
    }

    public ServiceAnswer<Void> reorder(SignedInUser editor, String slug, ForumPart part, PartOrder order) {
        try (Response response = api.reorder(slug, part.path(), order)) {
            return responses.done(response, "the order of the " + part.path() + " of " + slug);
        }
    }
}
