package org.pikir.gateway.proxy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A small circuit breaker for one service: after {@code threshold} consecutive failures the
 * service is not called for {@code openDuration}; then one trial request decides whether it closes again.
 */
final class BackendCircuit {

    private static final long CLOSED = Long.MIN_VALUE;

    private final int threshold;
    private final long openNanos;
    private final LongSupplier nanoClock;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final AtomicLong openUntil = new AtomicLong(CLOSED);

    BackendCircuit(int threshold, Duration openDuration) {
        this(threshold, openDuration, System::nanoTime);
    }

    BackendCircuit(int threshold, Duration openDuration, LongSupplier nanoClock) {
        this.threshold = threshold;
        this.openNanos = openDuration.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Whether a request may go to the service now; when the open period is over, only one caller gets through. */
    boolean tryAcquire() {
        long until = openUntil.get();
        if (until == CLOSED) {
            return true;
        }
        long now = nanoClock.getAsLong();
        if (now - until < 0) {
            return false;
        }
        // half-open: the caller that wins re-arms the timer and becomes the trial request
        return openUntil.compareAndSet(until, now + openNanos);
    }

    void onSuccess() {
        consecutiveFailures.set(0);
        openUntil.set(CLOSED);
    }

    void onFailure() {
        if (consecutiveFailures.incrementAndGet() >= threshold) {
            openUntil.compareAndSet(CLOSED, nanoClock.getAsLong() + openNanos);
        }
    }

    boolean isOpen() {
        return openUntil.get() != CLOSED;
    }

    /** Whole seconds until a trial request will be let through, at least 1. */
    long retryAfterSeconds() {
        long until = openUntil.get();
        if (until == CLOSED) {
            return 1;
        }
        long remainingNanos = until - nanoClock.getAsLong();
        long nanosPerSecond = Duration.ofSeconds(1).toNanos();
        return Math.max(1, (remainingNanos + nanosPerSecond - 1) / nanosPerSecond);
    }
}
