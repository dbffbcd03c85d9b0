package org.pikir.feedback.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Clean-up jobs delete in small batches, one transaction each, so no transaction holds many rows for long. */
public final class Batches {

    private Batches() {
    }

    /**
     * Runs {@code delete} (a statement deleting at most {@code ?2} rows older than {@code ?1}, claimed with
     * {@code for update skip locked} so replicas share the work) in a transaction of its own until a batch comes back
     * short; returns how many rows went in all.
     */
    public static long delete(EntityManager db, String delete, Object olderThan, int size) {
        long total = 0;
        int last;
        do {
            last = QuarkusTransaction.requiringNew().call(() -> db.createNativeQuery(delete)
                    .setParameter(1, olderThan).setParameter(2, size)
                    .executeUpdate());
            total += last;
        } while (last == size);
        return total;
    }
}
