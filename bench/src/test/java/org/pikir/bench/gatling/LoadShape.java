package org.pikir.bench.gatling;

import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import org.pikir.bench.Settings;

import java.time.Duration;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;

/**
 * The two load models every simulation offers. {@code -Dbench.model=open}: a fixed arrival rate
 * ({@code bench.rate} requests a second, whatever the answers' speed); {@code closed}: a fixed
 * number of clients ({@code bench.concurrency}) each sending its next request on the last answer.
 * The first {@code bench.warmup} seconds are reported as "warm-up", the next {@code bench.duration}
 * seconds under the measured name.
 */
final class LoadShape {

    final String model = Settings.text("model", "open");
    final double rate = Settings.decimal("rate", 50);
    final int concurrency = Settings.number("concurrency", 64);
    final Duration warmup = Settings.seconds("warmup", 10);
    final Duration duration = Settings.seconds("duration", 60);

    Phases phases(String measuredName) {
        return new Phases(List.of(new Phases.Phase("warm-up", warmup), new Phases.Phase(measuredName, duration)));
    }

    PopulationBuilder inject(ScenarioBuilder scenario) {
        Duration total = warmup.plus(duration);
        if (model.equals("closed")) {
            return scenario.injectClosed(new ClosedInjectionStep[]{constantConcurrentUsers(concurrency).during(total)});
        }
        if (model.equals("open")) {
            return scenario.injectOpen(new OpenInjectionStep[]{constantUsersPerSec(rate).during(total)});
        }
        throw new IllegalArgumentException("bench.model must be open or closed, not " + model);
    }

    String describe() {
        return model.equals("closed")
                ? "closed model, " + concurrency + " concurrent clients"
                : "open model, " + rate + " arrivals/s";
    }
}
