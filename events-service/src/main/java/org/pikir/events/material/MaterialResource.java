package org.pikir.events.material;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.events.common.OrderRequest;
import org.pikir.platform.web.ConditionalGet;

import java.net.URI;
import java.util.List;

@Path("/api/events/{slug}/materials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Materials")
public class MaterialResource {

    static final int PUBLIC_MAX_AGE = 60;
    /** A version's bytes never change, so caches may keep them long; the current file may move on. */
    static final int VERSION_MAX_AGE = 3600;
    static final String PRIVATE = "private, no-store";

    private final MaterialService materials;
    private final SecurityIdentity caller;
    private final ConditionalGet conditional;

    public MaterialResource(MaterialService materials, SecurityIdentity caller, ConditionalGet conditional) {
        this.materials = materials;
        this.caller = caller;
        this.conditional = conditional;
    }

    private boolean callerEdits() {
        return caller.hasRole("editor") || caller.hasRole("admin");
    }

    private String editor() {
        return caller.getPrincipal().getName();
    }

    @GET
    @Operation(summary = "The event's materials with their current versions; drafts' only for editors")
    public Response list(@PathParam("slug") String slug, @Context Request request) {
        return read(materials.list(slug, callerEdits()), request);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One material with every version, newest first")
    public Response get(@PathParam("slug") String slug, @PathParam("id") long id, @Context Request request) {
        return read(materials.get(slug, id, callerEdits()), request);
    }

    @GET
    @Path("/{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the current version's file")
    public Response currentFile(@PathParam("slug") String slug, @PathParam("id") long id, @Context Request request) {
        return download(materials.file(slug, id, null, callerEdits()), PUBLIC_MAX_AGE, request);
    }

    @GET
    @Path("/{id}/versions/{version}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the file of one version; it never changes")
    public Response versionFile(@PathParam("slug") String slug, @PathParam("id") long id,
                                @PathParam("version") int version, @Context Request request) {
        return download(materials.file(slug, id, version, callerEdits()), VERSION_MAX_AGE, request);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Add a material: a file or an https link",
            description = "multipart/form-data fields: kind (DOCUMENT, PRESENTATION, TRANSCRIPT, PRESS_RELEASE, "
                    + "RESOLUTION, VIDEO); title.kk, title.ru, title.en (at least one, up to 300 characters); "
                    + "language (kk, ru, en: the material's own language); file (pdf, docx, doc, pptx, ppt, odt, odp, "
                    + "txt, md, png, jpeg, webp, csv, xlsx; up to pikir.events.materials.max-size, 20 MB by default; "
                    + "name, type and content must agree) or link (https only); changeNote (optional). "
                    + "Size, media type and SHA-256 are computed by the server.")
    @APIResponseSchema(value = MaterialResponse.class, responseCode = "201",
            responseDescription = "Added; Location is the material's address")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; each is named")
    @APIResponse(responseCode = "409", description = "The event is archived")
    @APIResponse(responseCode = "413", description = "The file is larger than pikir.events.materials.max-size")
    @APIResponse(responseCode = "415", description = "The file is not of an accepted type, or its name, type and content disagree")
    public RestResponse<MaterialResponse> add(@PathParam("slug") String slug, @BeanParam MaterialUploadRequest request) {
        MaterialResponse added = materials.add(slug, request, editor());
        return RestResponse.ResponseBuilder.<MaterialResponse>created(URI.create(MaterialResponse.address(slug, added.id())))
                .entity(added).build();
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Add a version that becomes current; earlier versions stay downloadable",
            description = "multipart/form-data fields: file or link (as when adding), changeNote (required, up to "
                    + "500 characters, shown in the material's history).")
    @APIResponseSchema(value = MaterialResponse.class, responseCode = "201",
            responseDescription = "Added; Location downloads the new version's file")
    @APIResponse(responseCode = "409", description = "The event is archived")
    @APIResponse(responseCode = "413", description = "The file is larger than pikir.events.materials.max-size")
    @APIResponse(responseCode = "415", description = "The file is not of an accepted type, or its name, type and content disagree")
    public RestResponse<MaterialResponse> addVersion(@PathParam("slug") String slug, @PathParam("id") long id,
                                                     @BeanParam MaterialVersionRequest request) {
        MaterialResponse changed = materials.addVersion(slug, id, request, editor());
        URI version = URI.create(MaterialResponse.address(slug, id) + "/versions/" + changed.currentVersion() + "/file");
        return RestResponse.ResponseBuilder.<MaterialResponse>created(version).entity(changed).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Change a material's kind, title and language; its versions stay as they are")
    @APIResponse(responseCode = "200", description = "Changed; the material with every version")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; each is named")
    @APIResponse(responseCode = "409", description = "The event is archived")
    public RestResponse<MaterialResponse> edit(@PathParam("slug") String slug, @PathParam("id") long id,
                                               @NotNull MaterialMetadataRequest request) {
        return RestResponse.ok(materials.edit(slug, id, request, editor()));
    }

    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Reorder the materials: every id of the live materials, in the new order")
    public RestResponse<List<MaterialResponse>> reorder(@PathParam("slug") String slug, @NotNull @Valid OrderRequest order) {
        return RestResponse.ok(materials.reorder(slug, order.ids(), editor()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Take a material down; the removal shows in the event's history")
    public RestResponse<Void> remove(@PathParam("slug") String slug, @PathParam("id") long id) {
        materials.remove(slug, id, editor());
        return RestResponse.noContent();
    }

    private Response read(MaterialRead<?> read, Request request) {
        if (!read.publicEvent()) {
            return Response.ok(read.body()).header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
        }
        return conditional.ok(request, read.body(), PUBLIC_MAX_AGE);
    }

    private Response download(MaterialFile file, int maxAge, Request request) {
        String cache = file.publicEvent() ? ConditionalGet.publicCache(maxAge) : PRIVATE;
        return FileAnswer.of(request, file.sha256(), cache, file.contentType(), file.fileName(),
                () -> materials.content(file));
    }
}
