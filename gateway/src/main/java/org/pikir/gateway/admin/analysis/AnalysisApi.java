package org.pikir.gateway.admin.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

/** feedback-service's analysis endpoints, with the staff member's token; answers are read by {@link AnalysisClient}. */
@RegisterRestClient(configKey = "feedback")
@Path("/api/feedback/analysis/{slug}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface AnalysisApi {

    @GET
    @Path("/dashboard")
    @AccessToken
    Response dashboard(@PathParam("slug") String slug);

    @GET
    @Path("/themes")
    @AccessToken
    Response themes(@PathParam("slug") String slug, @QueryParam("status") String status, @QueryParam("size") int size);

    @GET
    @Path("/themes/{id}")
    @AccessToken
    Response theme(@PathParam("slug") String slug, @PathParam("id") long id);

    @POST
    @Path("/themes")
    @AccessToken
    Response createTheme(@PathParam("slug") String slug, ThemeText theme);

    @PUT
    @Path("/themes/{id}")
    @AccessToken
    Response renameTheme(@PathParam("slug") String slug, @PathParam("id") long id, ThemeText theme);

    @POST
    @Path("/themes/{id}/{decision}")
    @AccessToken
    Response decide(@PathParam("slug") String slug, @PathParam("id") long id, @PathParam("decision") String decision);

    @POST
    @Path("/themes/{id}/merge")
    @AccessToken
    Response merge(@PathParam("slug") String slug, @PathParam("id") long id, Merge merge);

    @POST
    @Path("/themes/{id}/split")
    @AccessToken
    Response split(@PathParam("slug") String slug, @PathParam("id") long id, Split split);

    @PUT
    @Path("/themes/{id}/response")
    @AccessToken
    Response respond(@PathParam("slug") String slug, @PathParam("id") long id, PublicResponse response);

    @GET
    @Path("/items")
    @AccessToken
    Response items(@PathParam("slug") String slug, @QueryParam("type") String type,
                   @QueryParam("language") String language, @QueryParam("status") String status,
                   @QueryParam("theme") Long theme, @QueryParam("untagged") Boolean untagged,
                   @QueryParam("suggested") Boolean suggested, @QueryParam("noTheme") Boolean noTheme,
                   @QueryParam("campaign") Long campaign, @QueryParam("q") String q, @QueryParam("size") int size,
                   @QueryParam("after") String after);

    @POST
    @Path("/tags")
    @AccessToken
    Response tag(@PathParam("slug") String slug, Tagging tagging);

    @PUT
    @Path("/items/{type}/{id}/note")
    @AccessToken
    Response note(@PathParam("slug") String slug, @PathParam("type") String type, @PathParam("id") long id,
                  Note note);

    @POST
    @Path("/jobs")
    @AccessToken
    Response startJob(@PathParam("slug") String slug, NewJob job);

    @GET
    @Path("/jobs/{id}")
    @AccessToken
    Response job(@PathParam("slug") String slug, @PathParam("id") String id);

    @POST
    @Path("/jobs/{id}/cancel")
    @AccessToken
    Response cancelJob(@PathParam("slug") String slug, @PathParam("id") long id);

    @GET
    @Path("/campaigns")
    @AccessToken
    Response campaigns(@PathParam("slug") String slug, @QueryParam("size") int size, @QueryParam("after") String after);

    /** A theme's name and description; languages without a text are left out. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ThemeText(Map<String, String> name, Map<String, String> description) {
    }

    record Merge(long into) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Split(Map<String, String> name, Map<String, String> description, List<ItemRef> items) {
    }

    /** The official response; an empty text removes it. */
    record PublicResponse(Map<String, String> text) {
    }

    record ItemRef(String type, long id) {
    }

    /** Bulk tagging of the listed items, or of those a filter finds (up to {@code limit}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Tagging(String action, List<Long> themes, List<ItemRef> items, Map<String, Object> filter, Integer limit) {
    }

    record Tagged(long affected) {
    }

    record Note(String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record NewJob(String kind, Map<String, Object> parameters) {
    }
}
