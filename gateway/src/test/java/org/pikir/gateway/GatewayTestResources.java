package org.pikir.gateway;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this module runs against the stubbed services and identity provider. */
@QuarkusTestResource(StubServices.class)
public final class GatewayTestResources {

    private GatewayTestResources() {
    }
}
