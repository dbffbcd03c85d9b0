package org.pikir.gateway.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** feedback-service's public moderation log; answers are read by {@link ReportClient}. */
@RegisterRestClient(configKey = "feedback")
@Path("/api/feedback/moderation/log")
@Produces(MediaType.APPLICATION_JSON)
interface ModerationLogApi {

    @GET
    Response log(@QueryParam("event") String slug);
}
