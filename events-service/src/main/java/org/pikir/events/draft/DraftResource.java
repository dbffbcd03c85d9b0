package org.pikir.events.draft;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.events.material.FileAnswer;
import org.pikir.platform.web.ConditionalGet;

import java.net.URI;

@Path("/api/events/{slug}/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drafts")
public class DraftResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** A published version never changes; lists, drafts and tables may, so they are kept a minute. */
    static final int FROZEN_MAX_AGE = 300;
    static final int PUBLIC_MAX_AGE = 60;
    private static final String PRIVATE = "private, no-store";
    private static final String LANGUAGE = "kk, ru or en; the version's first language when absent";

    private final DraftService drafts;
    private final SecurityIdentity caller;
    private final ConditionalGet conditional;

    public DraftResource(DraftService drafts, SecurityIdentity caller, ConditionalGet conditional) {
        this.drafts = drafts;
        this.caller = caller;
        this.conditional = conditional;
    }

    private boolean staff() {
        return caller.hasRole("editor") || caller.hasRole("admin");
    }

    private String editor() {
        return caller.getPrincipal().getName();
    }

    @GET
    @Operation(summary = "The forum's drafts (at most 50); the public see those with a published version")
    public Response list(@PathParam("slug") String slug, @Context Request request) {
        return read(drafts.list(slug, staff()), request);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Import a draft: version 1, being edited, made from a .docx, .txt or .md file",
            description = "multipart/form-data fields: titleKk, titleRu, titleEn (at least one, up to 300 characters); "
                    + "language (kk, ru, en: the file's language); demonstration (true for a text that only shows the "
                    + "platform); file (.docx, .txt or .md, up to 5 MB). Numbering is recognised in kk, ru and en "
                    + "legal style (docs/api.md, Drafts).")
    @APIResponseSchema(value = DraftResponse.class, responseCode = "201",
            responseDescription = "Imported; Location is the draft's address")
    @APIResponse(responseCode = "409", description = "The event is archived")
    @APIResponse(responseCode = "413", description = "The file is larger than 5 MB")
    @APIResponse(responseCode = "415", description = "The file is not a .docx, .txt or .md, or its name, type and content disagree")
    @APIResponse(responseCode = "422", description = "A field is invalid, or no numbered unit was recognised in the file; each field is named")
    public RestResponse<DraftResponse> create(@PathParam("slug") String slug, @BeanParam DraftUploadRequest request) {
        DraftResponse created = drafts.create(slug, request, editor());
        return RestResponse.ResponseBuilder.<DraftResponse>created(URI.create(DraftResponse.address(slug, created.id())))
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One draft with its versions, newest first (the public see published versions only)")
    public Response get(@PathParam("slug") String slug, @PathParam("id") long id, @Context Request request) {
        return read(drafts.get(slug, id, staff()), request);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(summary = "One version's text in one language, unit by unit in document order")
    @APIResponse(responseCode = "404", description = "No such draft or version, or no text in that language")
    public Response text(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("version") int version,
                         @Parameter(description = LANGUAGE) @QueryParam("language") String language,
                         @Context Request request) {
        return read(drafts.text(slug, id, version, language, staff()), request);
    }

    @GET
    @Path("/{id}/versions/{version}/units/{key}")
    @Operation(summary = "One unit in every language that has it")
    @APIResponse(responseCode = "404", description = "No such draft, version or unit")
    public Response unit(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("version") int version,
                         @PathParam("key") String key, @Context Request request) {
        return read(drafts.unit(slug, id, version, key, staff()), request);
    }

    @GET
    @Path("/{id}/versions/{version}/warnings")
    @Operation(summary = "What an editor should check: repeated numbers, gaps, units missing in another language")
    public Response warnings(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("version") int version,
                             @Parameter(description = LANGUAGE) @QueryParam("language") String language,
                             @Context Request request) {
        return read(drafts.warnings(slug, id, version, language, staff()), request);
    }

    @POST
    @Path("/{id}/versions/{version}/texts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Replace or add one language's text of a version being edited",
            description = "multipart/form-data fields: language (kk, ru, en), file (.docx, .txt or .md, up to 5 MB). "
                    + "Units are linked to the other languages' by key.")
    @APIResponse(responseCode = "200", description = "Replaced the language's text; the text with its warnings")
    @APIResponseSchema(value = DraftTextResponse.class, responseCode = "201",
            responseDescription = "Added a language the version did not have; Location is that text")
    @APIResponse(responseCode = "409", description = "The version is published, or the event is archived")
    @APIResponse(responseCode = "413", description = "The file is larger than 5 MB")
    @APIResponse(responseCode = "415", description = "The file is not a .docx, .txt or .md")
    @APIResponse(responseCode = "422", description = "A field is invalid; each is named")
    public RestResponse<DraftTextResponse> replaceText(@PathParam("slug") String slug, @PathParam("id") long id,
                                                       @PathParam("version") int version,
                                                       @BeanParam DraftTextUploadRequest request) {
        DraftService.TextReplaced replaced = drafts.replaceText(slug, id, version, request, editor());
        if (!replaced.added()) {
            return RestResponse.ok(replaced.text());
        }
        URI text = URI.create(DraftResponse.address(slug, id) + "/versions/" + version + "?language="
                + replaced.text().language());
        return RestResponse.ResponseBuilder.<DraftTextResponse>created(text).entity(replaced.text()).build();
    }

    @PUT
    @Path("/{id}/versions/{version}/units/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Correct one unit of a version being edited; its key and its children's follow the number")
    @APIResponse(responseCode = "200", description = "Corrected; the unit with its new key")
    @APIResponse(responseCode = "409", description = "The version is published, or the event is archived")
    @APIResponse(responseCode = "422", description = "A field is invalid; each is named")
    public RestResponse<UnitResponse> editUnit(@PathParam("slug") String slug, @PathParam("id") long id,
                                               @PathParam("version") int version, @PathParam("key") String key,
                                               @Parameter(description = LANGUAGE) @QueryParam("language") String language,
                                               UnitRequest request) {
        return RestResponse.ok(drafts.editUnit(slug, id, version, key, language, request, editor()));
    }

    @DELETE
    @Path("/{id}/versions/{version}/units/{key}")
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Remove a unit and everything inside it from a version being edited")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The version is published, or the event is archived")
    public RestResponse<Void> deleteUnit(@PathParam("slug") String slug, @PathParam("id") long id,
                                         @PathParam("version") int version, @PathParam("key") String key,
                                         @Parameter(description = LANGUAGE) @QueryParam("language") String language) {
        drafts.deleteUnit(slug, id, version, key, language, editor());
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/versions/{version}/publish")
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Publish the version being edited: it becomes public and never changes again")
    @APIResponse(responseCode = "200", description = "Published; the draft with its versions")
    @APIResponse(responseCode = "409", description = "The version is already published, or the event is archived")
    @APIResponse(responseCode = "422", description = "The version has no units")
    public RestResponse<DraftResponse> publish(@PathParam("slug") String slug, @PathParam("id") long id,
                                               @PathParam("version") int version) {
        return RestResponse.ok(drafts.publish(slug, id, version, editor()));
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Start a new version, a copy of the newest published one in every language, keys kept")
    @APIResponseSchema(value = DraftResponse.class, responseCode = "201",
            responseDescription = "Started; Location is the new version's text")
    @APIResponse(responseCode = "409", description = "A version is being edited, none is published, or the event is archived")
    @APIResponse(responseCode = "422", description = "A field is invalid; each is named")
    public RestResponse<DraftResponse> startVersion(@PathParam("slug") String slug, @PathParam("id") long id,
                                                    NewVersionRequest request) {
        DraftResponse draft = drafts.startVersion(slug, id, request, editor());
        URI text = URI.create(DraftResponse.address(slug, id) + "/versions/" + draft.editingVersion());
        return RestResponse.ResponseBuilder.<DraftResponse>created(text).entity(draft).build();
    }

    @GET
    @Path("/{id}/diff")
    @Operation(summary = "Word by word, the units that changed between two versions in one language")
    @APIResponse(responseCode = "422", description = "from or to is not a version of this draft, or from is not before to")
    public Response diff(@PathParam("slug") String slug, @PathParam("id") long id,
                         @Parameter(description = "the older version") @QueryParam("from") Integer from,
                         @Parameter(description = "the newer version") @QueryParam("to") Integer to,
                         @Parameter(description = LANGUAGE) @QueryParam("language") String language,
                         @Context Request request) {
        return read(drafts.diff(slug, id, from, to, language, staff()), request);
    }

    @GET
    @Path("/{id}/versions/{version}/table")
    @Operation(summary = "The comparative table of a version against the one before")
    @APIResponse(responseCode = "422", description = "Version 1 has no previous version")
    public Response table(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("version") int version,
                          @Parameter(description = LANGUAGE) @QueryParam("language") String language,
                          @Context Request request) {
        return read(drafts.table(slug, id, version, language, staff()), request);
    }

    @PUT
    @Path("/{id}/versions/{version}/table/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Fill one row of the comparative table: the justification per language and the recommendations it answers")
    @APIResponse(responseCode = "200", description = "Saved; the row")
    @APIResponse(responseCode = "404", description = "The key is not a unit that changed in this version")
    @APIResponse(responseCode = "409", description = "The event is archived")
    @APIResponse(responseCode = "422", description = "A field is invalid; each is named")
    public RestResponse<TableResponse.Row> saveRow(@PathParam("slug") String slug, @PathParam("id") long id,
                                                   @PathParam("version") int version, @PathParam("key") String key,
                                                   @Parameter(description = LANGUAGE) @QueryParam("language") String language,
                                                   TableRowRequest request) {
        return RestResponse.ok(drafts.saveRow(slug, id, version, key, language, request, editor()));
    }

    @GET
    @Path("/{id}/versions/{version}/table.docx")
    @Produces({DOCX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The comparative table as a Word document")
    @APIResponse(responseCode = "200", description = "The .docx file")
    @APIResponse(responseCode = "422", description = "Version 1 has no previous version")
    public Response tableDocx(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("version") int version,
                              @Parameter(description = LANGUAGE) @QueryParam("language") String language,
                              @Context Request request) {
        DraftService.TableFile file = drafts.tableDocx(slug, id, version, language, staff());
        String cache = file.publicEvent() && !staff() ? ConditionalGet.publicCache(PUBLIC_MAX_AGE) : PRIVATE;
        return FileAnswer.of(request, ConditionalGet.sha256(file.content()), cache, DOCX, file.fileName(),
                file::content);
    }

    private Response read(DraftService.Read<?> read, Request request) {
        if (!read.publicEvent() || staff()) {
            return Response.ok(read.body()).header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
        }
        return conditional.ok(request, read.body(), read.frozen() ? FROZEN_MAX_AGE : PUBLIC_MAX_AGE);
    }
}
