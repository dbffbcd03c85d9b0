package org.pikir.bench.gatling;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.pikir.bench.Settings;
import org.pikir.bench.TokenPool;

import java.time.Duration;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * A flash crowd against comment POSTs, open model: {@code bench.rate} arrivals/s as the baseline
 * for {@code bench.warmup} s (reported as "baseline", not judged), then {@code bench.factor} times
 * that (default 30) for {@code bench.duration} s ("surge"), then the baseline again for
 * {@code bench.recovery} s ("recovery"). Citizens are {@code bench.users} bench users with the
 * default submission limits, so whatever exceeds a person's limit must come back 429 with
 * Retry-After; 5xx and no-answers are failures. The split goes to {@code bench.statusFile}.
 */
public class FlashCrowdSimulation extends Simulation {

    private final double baseline = Settings.decimal("rate", 2);
    private final double factor = Settings.decimal("factor", 30);
    private final Duration before = Settings.seconds("warmup", 30);
    private final Duration surge = Settings.seconds("duration", 300);
    private final Duration recovery = Settings.seconds("recovery", 30);
    private final int users = Settings.number("users", 500);

    private final Phases phases = new Phases(List.of(new Phases.Phase("baseline", before),
            new Phases.Phase("surge", surge), new Phases.Phase("recovery", recovery)));
    private final StatusCounts counts = new StatusCounts();
    private final TokenPool[] tokens = new TokenPool[1];

    private final HttpProtocolBuilder protocol = http.baseUrl(Settings.gateway())
            .acceptHeader("application/json")
            .shareConnections();

    private final ScenarioBuilder crowd = scenario("flash crowd").exec(Comments.post(tokens, phases, counts, 201, 429));

    {
        System.out.printf("FlashCrowdSimulation: %s/s for %d s, %s/s for %d s, %s/s for %d s, %d citizens%n",
                baseline, before.toSeconds(), baseline * factor, surge.toSeconds(), baseline, recovery.toSeconds(), users);
        setUp(crowd.injectOpen(new OpenInjectionStep[]{
                constantUsersPerSec(baseline).during(before),
                constantUsersPerSec(baseline * factor).during(surge),
                constantUsersPerSec(baseline).during(recovery)})).protocols(protocol);
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
