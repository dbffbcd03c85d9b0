package org.pikir.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Stands in for events-service, feedback-service (each with its management interface on a port of its own) and
 * Keycloak: five WireMock servers on free ports. Tests stub and verify through {@link Stubs}, which finds them by the
 * gateway's configuration.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    private WireMockServer events;
    private WireMockServer eventsManagement;
    private WireMockServer feedback;
    private WireMockServer feedbackManagement;
    private WireMockServer identity;

    @Override
    public Map<String, String> start() {
        events = started();
        eventsManagement = started();
        feedback = started();
        feedbackManagement = started();
        identity = started();
        StubIdentityProvider.register(identity);
        // the topic catalogue every page names topics from (kept 30 s by the gateway, so one for all tests)
        events.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/api/events/topics")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(Stubs.resource("topics.json"))));
        return Map.of(
                "pikir.gateway.events-url", events.baseUrl(),
                "pikir.gateway.feedback-url", feedback.baseUrl(),
                "pikir.gateway.events-management-url", eventsManagement.baseUrl(),
                "pikir.gateway.feedback-management-url", feedbackManagement.baseUrl(),
                "quarkus.oidc.auth-server-url", identity.baseUrl() + StubIdentityProvider.REALM_PATH,
                // short enough for a test of a service that hangs
                "pikir.gateway.response-timeout", "1s",
                // tests change the stubbed services' answers between requests; AnonymousPagesTest keeps pages
                "pikir.gateway.page-cache", "0s",
                "pikir.gateway.draft-counts-cache", "0s");
    }

    @Override
    public void stop() {
        for (WireMockServer server : new WireMockServer[] {events, eventsManagement, feedback, feedbackManagement, identity}) {
            if (server != null) {
                server.stop();
            }
        }
    }

    private static WireMockServer started() {
        // the services answer uncompressed with a Content-Length; WireMock would gzip for RestAssured
        WireMockServer server = new WireMockServer(options().dynamicPort().gzipDisabled(true));
        server.start();
        return server;
    }
}
