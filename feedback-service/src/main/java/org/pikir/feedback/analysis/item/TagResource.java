package org.pikir.feedback.analysis.item;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.analysis.AnalysisForums;
import org.pikir.feedback.common.EventSlug;
import org.pikir.feedback.common.Staff;

@Path("/api/feedback/analysis/{eventSlug}/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analysis")
@RolesAllowed({"moderator", "admin"})
public class TagResource {

    private final Tagging tagging;
    private final AnalysisForums forums;
    private final JsonWebToken token;

    public TagResource(Tagging tagging, AnalysisForums forums, JsonWebToken token) {
        this.tagging = tagging;
        this.forums = forums;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tag, untag, confirm or mark as having no theme the items listed or those a filter selects")
    public RestResponse<TagResult> tag(@PathParam("eventSlug") @EventSlug String eventSlug,
                                       @NotNull @Valid TagRequest request) {
        forums.requireKnown(eventSlug);
        return RestResponse.ok(tagging.tag(eventSlug, request, Staff.of(token)));
    }
}
