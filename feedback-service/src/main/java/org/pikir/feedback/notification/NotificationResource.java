package org.pikir.feedback.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.account.Profiles;
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.CursorPage;

@Path("/api/feedback/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My feedback")
@RolesAllowed("citizen")
public class NotificationResource {

    private final Notifications notifications;
    private final Profiles profiles;
    private final JsonWebToken token;

    public NotificationResource(Notifications notifications, Profiles profiles, JsonWebToken token) {
        this.notifications = notifications;
        this.profiles = profiles;
        this.token = token;
    }

    @GET
    @Operation(summary = "What staff decided about the caller's items, newest first, in the caller's language; keyset pages")
    public RestResponse<CursorPage<NotificationResponse>> list(
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(CursorPage.MAX_SIZE) int size,
            @QueryParam("after") String after) {
        String subject = profiles.signedIn(token).subject();
        return RestResponse.ok(notifications.page(subject, Cursor.decode("after", after), size));
    }

    @POST
    @Path("/read")
    @Operation(summary = "Mark all the caller's notifications read")
    @APIResponse(responseCode = "204", description = "All read")
    public RestResponse<Void> markAllRead() {
        notifications.markAllRead(token.getSubject());
        return RestResponse.noContent();
    }
}
