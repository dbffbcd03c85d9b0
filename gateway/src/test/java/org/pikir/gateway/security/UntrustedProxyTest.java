package org.pikir.gateway.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.gateway.Stubs;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

/** Forwarded headers count only from the configured proxies: a caller elsewhere cannot claim HTTPS. */
@QuarkusTest
@TestProfile(UntrustedProxyTest.OtherProxy.class)
class UntrustedProxyTest {

    public static class OtherProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", "10.20.30.40");
        }
    }

    @BeforeEach
    void stubServices() {
        Stubs.forums();
    }

    @Test
    void forwardedHeadersFromAnUntrustedAddressAreIgnored() {
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9")
                .when().get("/")
                .then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }
}
