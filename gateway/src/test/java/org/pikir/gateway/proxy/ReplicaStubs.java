package org.pikir.gateway.proxy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Services running as two replicas each: feedback-service as two WireMock servers, events-service as a
 * replica that refuses connections (nothing listens on its port) followed by a WireMock server. Keycloak is
 * not there; the API forwarding does not need it.
 */
public class ReplicaStubs implements QuarkusTestResourceLifecycleManager {

    private WireMockServer feedbackA;
    private WireMockServer feedbackB;
    private WireMockServer events;

    @Override
    public Map<String, String> start() {
        feedbackA = started();
        feedbackB = started();
        events = started();
        String deadEvents = "http://127.0.0.1:" + closedPort();
        return Map.of(
                "pikir.gateway.feedback-url", feedbackA.baseUrl() + "," + feedbackB.baseUrl(),
                "pikir.gateway.events-url", deadEvents + ", " + events.baseUrl(),
                // each stub answers for its replica's management interface too (readiness)
                "pikir.gateway.feedback-management-url", feedbackA.baseUrl() + "," + feedbackB.baseUrl(),
                "pikir.gateway.events-management-url", deadEvents + ", " + events.baseUrl(),
                "quarkus.oidc.auth-server-url", "http://127.0.0.1:" + closedPort() + "/realms/pikir");
    }

    @Override
    public void stop() {
        for (WireMockServer server : new WireMockServer[] {feedbackA, feedbackB, events}) {
            if (server != null) {
                server.stop();
            }
        }
    }

    /** The two feedback-service replicas. */
    static List<WireMock> feedbackReplicas() {
        return replicas("pikir.gateway.feedback-url").stream().map(ReplicaStubs::client).toList();
    }

    /** The events-service replica that answers (the other refuses connections). */
    static WireMock liveEventsReplica() {
        return client(replicas("pikir.gateway.events-url").get(1));
    }

    private static List<URI> replicas(String key) {
        String urls = ConfigProvider.getConfig().getValue(key, String.class);
        return Arrays.stream(urls.split(",")).map(String::strip).map(URI::create).toList();
    }

    private static WireMock client(URI uri) {
        return new WireMock(uri.getHost(), uri.getPort());
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        return server;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
