package org.pikir.gateway.admin.analysis;

import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.pikir.gateway.web.CursorPage;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.ServiceRefused;
import org.pikir.gateway.web.ServiceResponses;

import java.util.List;
import java.util.Map;

/**
 * A forum's analysis through feedback-service with the staff member's own token (relayed by {@code @AccessToken}):
 * the dashboard, the codebook of themes, tagging, notes, the background jobs and the campaigns found.
 */
@ApplicationScoped
@Timeout
@CircuitBreaker
@Retry
@RetryWhen(exception = ServiceRefused.class)
public class AnalysisClient {

    static final int THEMES_PAGE = 100;
    private static final GenericType<CursorPage<ThemeResponse>> THEMES = new GenericType<>() {
    };
    private static final GenericType<CursorPage<AnalysisItemResponse>> ITEMS = new GenericType<>() {
    };
    private static final GenericType<CursorPage<CampaignResponse>> CAMPAIGNS = new GenericType<>() {
    };

    private final AnalysisApi api;
    private final ServiceResponses responses;

    public AnalysisClient(@RestClient AnalysisApi api, ServiceResponses responses) {
        this.api = api;
        this.responses = responses;
    }

    public ServiceAnswer<DashboardResponse> dashboard(String slug) {
        try (Response response = api.dashboard(slug)) {
            return responses.read(response, DashboardResponse.class, "the analysis dashboard of " + slug);
        }
    }

    /** The accepted and suggested themes, accepted first, largest first (the first 100). */
    public ServiceAnswer<CursorPage<ThemeResponse>> themes(String slug) {
        try (Response response = api.themes(slug, null, THEMES_PAGE)) {
            return responses.read(response, THEMES, "the themes of " + slug);
        }
    }

    public ServiceAnswer<ThemeResponse> theme(String slug, long id) {
        try (Response response = api.theme(slug, id)) {
            return responses.read(response, ThemeResponse.class, "theme " + id + " of " + slug);
        }
    }

    public ServiceAnswer<ThemeResponse> createTheme(String slug, AnalysisApi.ThemeText theme) {
        try (Response response = api.createTheme(slug, theme)) {
            return responses.read(response, ThemeResponse.class, "a new theme of " + slug);
        }
    }

    public ServiceAnswer<Void> renameTheme(String slug, long id, AnalysisApi.ThemeText theme) {
        try (Response response = api.renameTheme(slug, id, theme)) {
            return responses.done(response, "renaming theme " + id);
        }
    }

    /** {@code decision} is {@code accept} or {@code discard}. */
    public ServiceAnswer<Void> decide(String slug, long id, String decision) {
        try (Response response = api.decide(slug, id, decision)) {
            return responses.done(response, decision + " of theme " + id);
        }
    }

    public ServiceAnswer<Void> merge(String slug, long id, long into) {
        try (Response response = api.merge(slug, id, new AnalysisApi.Merge(into))) {
            return responses.done(response, "merging theme " + id + " into " + into);
        }
    }

    public ServiceAnswer<ThemeResponse> split(String slug, long id, AnalysisApi.Split split) {
        try (Response response = api.split(slug, id, split)) {
            return responses.read(response, ThemeResponse.class, "splitting theme " + id);
        }
    }

    public ServiceAnswer<Void> respond(String slug, long id, Map<String, String> text) {
        try (Response response = api.respond(slug, id, new AnalysisApi.PublicResponse(text))) {
            return responses.done(response, "the response to theme " + id);
        }
    }

    public ServiceAnswer<CursorPage<AnalysisItemResponse>> items(String slug, ItemFilter filter, int size) {
        try (Response response = api.items(slug, filter.type(), filter.language(), filter.status(), filter.theme(),
                filter.untagged() ? Boolean.TRUE : null, filter.suggested() ? Boolean.TRUE : null,
                filter.noTheme() ? Boolean.TRUE : null, filter.campaign(), filter.q(), size, filter.after())) {
            return responses.read(response, ITEMS, "the analysis items of " + slug);
        }
    }

    public ServiceAnswer<AnalysisApi.Tagged> tag(String slug, AnalysisApi.Tagging tagging) {
        try (Response response = api.tag(slug, tagging)) {
            return responses.read(response, AnalysisApi.Tagged.class, "tagging in " + slug);
        }
    }

    public ServiceAnswer<Void> note(String slug, String type, long id, String note) {
        try (Response response = api.note(slug, type, id, new AnalysisApi.Note(note))) {
            return responses.done(response, "the note on " + type + " " + id);
        }
    }

    public ServiceAnswer<JobResponse> startJob(String slug, String kind, Map<String, Object> parameters) {
        try (Response response = api.startJob(slug, new AnalysisApi.NewJob(kind, parameters))) {
            return responses.read(response, JobResponse.class, "a " + kind + " job of " + slug);
        }
    }

    public ServiceAnswer<JobResponse> job(String slug, long id) {
        try (Response response = api.job(slug, String.valueOf(id))) {
            return responses.read(response, JobResponse.class, "job " + id + " of " + slug);
        }
    }

    /** The queued or running job of the forum, else its newest; refused with 404 when it never had one. */
    public ServiceAnswer<JobResponse> currentJob(String slug) {
        try (Response response = api.job(slug, "current")) {
            return responses.read(response, JobResponse.class, "the current job of " + slug);
        }
    }

    public ServiceAnswer<JobResponse> cancelJob(String slug, long id) {
        try (Response response = api.cancelJob(slug, id)) {
            return responses.read(response, JobResponse.class, "cancelling job " + id);
        }
    }

    public ServiceAnswer<CursorPage<CampaignResponse>> campaigns(String slug, int size, String after) {
        try (Response response = api.campaigns(slug, size, after)) {
            return responses.read(response, CAMPAIGNS, "the campaigns of " + slug);
        }
    }

    static List<AnalysisApi.ItemRef> refs(List<ItemKey> keys) {
        return keys.stream().map(k -> new AnalysisApi.ItemRef(k.type(), k.id())).toList();
    }
}
