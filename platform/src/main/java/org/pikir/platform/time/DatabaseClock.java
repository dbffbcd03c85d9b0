package org.pikir.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;

/** The services' clock: UTC in whole microseconds, the precision PostgreSQL stores, so answers match later reads. */
@ApplicationScoped
public class DatabaseClock {

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
