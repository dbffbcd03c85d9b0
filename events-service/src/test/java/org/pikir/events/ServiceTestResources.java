package org.pikir.events;

import io.quarkus.test.common.QuarkusTestResource;
import org.pikir.platform.testing.EmbeddedPostgresResource;
import org.pikir.platform.testing.OidcTestKeyResource;

/** Every @QuarkusTest of this module runs on one empty embedded PostgreSQL and the test signing key. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcTestKeyResource.class)
public final class ServiceTestResources {

    private ServiceTestResources() {
    }
}
