package org.pikir.feedback.moderation;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.common.EventSlug;

/** The public account of an event's moderation: anyone may read it, apart from the moderators' own tools. */
@Path("/api/feedback/moderation/log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class ModerationLogResource {

    private final ModerationService moderation;

    public ModerationLogResource(ModerationService moderation) {
        this.moderation = moderation;
    }

    @GET
    @Operation(operationId = "moderationLog",
            summary = "Public moderation log of an event: hidden and rejected items counted by kind, reason and month")
    public RestResponse<ModerationLogResponse> log(@QueryParam("event") @NotNull @EventSlug String event) {
        return RestResponse.ok(moderation.log(event));
    }
}
