package org.pikir.feedback.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.feedback.common.Cursor;
import org.pikir.feedback.common.CursorPage;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

@Path("/api/feedback/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My feedback")
@RolesAllowed("citizen")
public class AccountResource {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);

    private final Profiles profiles;
    private final MyFeedback myFeedback;
    private final AccountData data;
    private final JsonWebToken token;

    public AccountResource(Profiles profiles, MyFeedback myFeedback, AccountData data, JsonWebToken token) {
        this.profiles = profiles;
        this.myFeedback = myFeedback;
        this.data = data;
        this.token = token;
    }

    @GET
    @Operation(summary = "The caller's profile: pseudonym, language, e-mail choice and unread notifications; made on first use")
    public RestResponse<ProfileResponse> me() {
        return RestResponse.ok(profiles.me(token));
    }

    @PUT
    @Path("/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the public display name, the language of notifications and whether to get them by e-mail")
    public RestResponse<ProfileResponse> update(@NotNull @Valid ProfileRequest request) {
        return RestResponse.ok(profiles.update(token, request));
    }

    @GET
    @Path("/items")
    @Operation(summary = "Everything the caller submitted, newest first, with moderation outcomes and answers; keyset pages")
    public RestResponse<CursorPage<MyItemResponse>> items(
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(CursorPage.MAX_SIZE) int size,
            @QueryParam("after") String after) {
        String subject = profiles.signedIn(token).subject();
        return RestResponse.ok(myFeedback.page(subject, Cursor.decode("after", after), size));
    }

    @GET
    @Path("/export")
    @Operation(summary = "Download all the caller's data held by feedback-service as one JSON document")
    public RestResponse<AccountExport> export() {
        ProfileResponse profile = profiles.me(token);
        AccountExport export = data.export(profile, token.getSubject());
        return RestResponse.ResponseBuilder.ok(export)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pikir-my-feedback-"
                        + FILE_DATE.format(export.exportedAt()) + ".json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase the caller's data: items keep their counts but lose text and author; needs {\"confirm\":\"DELETE\"}")
    public RestResponse<Void> erase(@NotNull @Valid AccountDeletionRequest confirmation) {
        data.erase(token.getSubject());
        return RestResponse.noContent();
    }
}
