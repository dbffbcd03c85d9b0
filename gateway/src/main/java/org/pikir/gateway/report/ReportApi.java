package org.pikir.gateway.report;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** feedback-service's report-back endpoints; answers are read by {@link ReportClient}. Null query parameters are left out. */
@RegisterRestClient(configKey = "feedback")
@Path("/api/feedback/reports/{slug}")
@Produces(MediaType.APPLICATION_JSON)
interface ReportApi {

    @GET
    Response report(@PathParam("slug") String slug);

    @GET
    @Path("/overdue")
    @AccessToken
    Response overdue(@PathParam("slug") String slug,
                     @QueryParam("size") int size, @QueryParam("after") String after);
}
