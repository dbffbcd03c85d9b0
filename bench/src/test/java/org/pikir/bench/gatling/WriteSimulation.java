package org.pikir.bench.gatling;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.pikir.bench.Settings;
import org.pikir.bench.TokenPool;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * Authenticated comment POSTs through the gateway in the open or closed model, from
 * {@code bench.users} bench users (bench/users ensure N); needs raised submission limits
 * (bench/limits raise). Counts of answers by status go to {@code bench.statusFile}.
 */
public class WriteSimulation extends Simulation {

    private final LoadShape shape = new LoadShape();
    private final Phases phases = shape.phases("write");
    private final StatusCounts counts = new StatusCounts();
    private final TokenPool[] tokens = new TokenPool[1];
    private final int users = Settings.number("users", 64);

    private final HttpProtocolBuilder protocol = http.baseUrl(Settings.gateway())
            .acceptHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder writes = scenario("comment POST").exec(Comments.post(tokens, phases, counts, 201));

    {
        System.out.println("WriteSimulation: POST /api/feedback/comments as " + users + " citizens, " + shape.describe()
                + ", warm-up " + shape.warmup.toSeconds() + " s then " + shape.duration.toSeconds() + " s measured");
        setUp(shape.inject(writes)).protocols(protocol);
    }

    @Override
    public void before() {
        tokens[0] = TokenPool.signIn(Settings.keycloak(), TokenPool.benchUsers(Settings.number("firstUser", 1), users), Duration.ofSeconds(240));
        phases.start();
    }

    @Override
    public void after() {
        tokens[0].close();
        System.out.print("Answers by phase and status:\n" + counts.report());
        counts.writeTo(Settings.text("statusFile", ""));
    }
}
