package org.pikir.gateway.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.pikir.gateway.proxy.ReplicaRouting;

/** feedback-service's report-back endpoints; answers are read by {@link ReportClient}. Null query parameters are left out. */
@RegisterProvider(ReplicaRouting.class)
@RegisterRestClient(configKey = "feedback")
@Path("/api/feedback/reports/{slug}")
@Produces(MediaType.APPLICATION_JSON)
interface ReportApi {

    @GET
    Response report(@PathParam("slug") String slug);

    @GET
    @Path("/overdue")
    Response overdue(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("slug") String slug,
                     @QueryParam("size") int size, @QueryParam("after") String after);
}
