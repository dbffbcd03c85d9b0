package org.pikir.feedback.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.CursorPage;

@Path("/api/feedback/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed("admin")
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Staff actions newest first, for one target (type:id) or one actor; keyset pages")
    public RestResponse<CursorPage<AuditEntryResponse>> list(
            @QueryParam("target") @Pattern(regexp = "(comment|recommendation|event):[A-Za-z0-9-]{1,100}",
                    message = "must be comment:<id>, recommendation:<id> or event:<slug>") String target,
            @QueryParam("actor") @Size(min = 1, max = 100)
            @Pattern(regexp = "\\P{Cc}+", message = "must be a staff user name or a pseudonym") String actor,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(CursorPage.MAX_SIZE) int size,
            @QueryParam("after") String after) {
        String targetType = target == null ? null : target.substring(0, target.indexOf(':'));
        String targetId = target == null ? null : target.substring(target.indexOf(':') + 1);
        return RestResponse.ok(audit.list(targetType, targetId, actor, Cursor.decode("after", after), size));
    }
}
