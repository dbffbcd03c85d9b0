package org.pikir.gateway.forum;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.pikir.gateway.proxy.ReplicaRouting;

/** feedback-service over HTTP; answers are read by {@link FeedbackClient}, which owns timeouts and errors. */
@RegisterRestClient(configKey = "feedback")
@RegisterProvider(ReplicaRouting.class)
@Path("/api/feedback/comments")
@Produces(MediaType.APPLICATION_JSON)
interface FeedbackApi {

    @GET
    Response list(@QueryParam("event") String eventSlug, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                    @HeaderParam("Idempotency-Key") String idempotencyKey,
                    CommentRequest comment);
}
