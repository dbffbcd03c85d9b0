package org.pikir.gateway;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this module runs against the stubbed services and identity provider and a real sessions database. */
@QuarkusTestResource(StubServices.class)
@QuarkusTestResource(SessionDatabase.class)
public final class GatewayTestResources {

    private GatewayTestResources() {
    }
}
