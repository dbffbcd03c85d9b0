package org.pikir.bench.gatling;

import java.time.Duration;
import java.util.List;

/**
 * Names the part of a run a request starts in, by the time since the run began: requests are
 * reported under their phase's name, so the warm-up never mixes into the measured figures.
 */
final class Phases {

    record Phase(String name, Duration length) {
    }

    private final List<Phase> phases;
    private volatile long startNanos;

    Phases(List<Phase> phases) {
        this.phases = List.copyOf(phases);
    }

    void start() {
        startNanos = System.nanoTime();
    }

    String current() {
        long elapsed = System.nanoTime() - startNanos;
        long end = 0;
        for (Phase phase : phases) {
            end += phase.length().toNanos();
            if (elapsed < end) {
                return phase.name();
            }
        }
        return phases.get(phases.size() - 1).name();
    }

    Duration total() {
        return phases.stream().map(Phase::length).reduce(Duration.ZERO, Duration::plus);
    }
}
