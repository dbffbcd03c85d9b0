package org.pikir.feedback.review;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every request to feedback-service with a staff member's token tells {@link StaffDirectory} they exist. Runs on the
 * worker thread of the (blocking) endpoint, after the token was verified.
 */
public class StaffSightings {

    private final StaffDirectory directory;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public StaffSightings(StaffDirectory directory, SecurityIdentity identity, JsonWebToken token) {
        this.directory = directory;
        this.identity = identity;
        this.token = token;
    }

    @ServerRequestFilter
    public void seen() {
        directory.seen(identity, token);
    }
}
