package org.pikir.gateway.proxy;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackendCircuitTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final BackendCircuit circuit = new BackendCircuit(3, Duration.ofSeconds(10), now::get);

    @Test
    void opensAfterTheThresholdOfConsecutiveFailures() {
        circuit.onFailure();
        circuit.onFailure();
        assertTrue(circuit.tryAcquire());
        circuit.onFailure();
        assertFalse(circuit.tryAcquire());
        assertEquals(10, circuit.retryAfterSeconds());
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        circuit.onFailure();
        circuit.onFailure();
        circuit.onSuccess();
        circuit.onFailure();
        circuit.onFailure();
        assertTrue(circuit.tryAcquire());
    }

    @Test
    void afterTheOpenPeriodOneTrialDecides() {
        for (int i = 0; i < 3; i++) {
            circuit.onFailure();
        }
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(circuit.tryAcquire(), "the first caller is the trial");
        assertFalse(circuit.tryAcquire(), "others wait for the trial");

        circuit.onSuccess();
        assertTrue(circuit.tryAcquire());
        assertFalse(circuit.isOpen());
    }

    @Test
    void aFailedTrialKeepsItOpenForAnotherPeriod() {
        for (int i = 0; i < 3; i++) {
            circuit.onFailure();
        }
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertTrue(circuit.tryAcquire());
        circuit.onFailure();
        assertFalse(circuit.tryAcquire());
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertFalse(circuit.tryAcquire());
    }
}
