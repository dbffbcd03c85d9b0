package org.pikir.bench.gatling;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.pikir.bench.Settings;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * GET one public URL (default: the Almaty forum's JSON through the gateway) in the open or closed
 * model. {@code -Dbench.base=http://127.0.0.1:8081} targets a service directly,
 * {@code -Dbench.path=...} another resource.
 */
public class ReadSimulation extends Simulation {

    private final LoadShape shape = new LoadShape();
    private final Phases phases = shape.phases("read");
    private final String path = Settings.text("path", "/api/events/almaty-2026-02-25-constitutional-reform");

    private final HttpProtocolBuilder protocol = http.baseUrl(Settings.text("base", Settings.gateway()))
            .acceptHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder reads = scenario("read " + path)
            .exec(session -> session.set("phase", phases.current()))
            .exec(http("#{phase}").get(path).check(status().is(200)));

    {
        System.out.println("ReadSimulation: GET " + path + ", " + shape.describe() + ", warm-up " + shape.warmup.toSeconds()
                + " s then " + shape.duration.toSeconds() + " s measured");
        setUp(shape.inject(reads)).protocols(protocol);
    }

    @Override
    public void before() {
        phases.start();
    }
}
