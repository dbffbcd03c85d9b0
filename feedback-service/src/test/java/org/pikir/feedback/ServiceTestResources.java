package org.pikir.feedback;

import io.quarkus.test.common.QuarkusTestResource;
import org.pikir.feedback.event.EventsServiceMock;
import org.pikir.platform.testing.EmbeddedPostgresResource;
import org.pikir.platform.testing.OidcTestKeyResource;

/** Every @QuarkusTest here runs on one empty embedded PostgreSQL, the test signing key and a stand-in events-service. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcTestKeyResource.class)
@QuarkusTestResource(EventsServiceMock.class)
public final class ServiceTestResources {

    private ServiceTestResources() {
    }
}
