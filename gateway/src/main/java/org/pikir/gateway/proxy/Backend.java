package org.pikir.gateway.proxy;

import io.vertx.core.http.HttpClient;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One service behind the gateway: its name for logs and health, its replicas, taken in turn (round
 * robin), and the connection pool to them.
 */
final class Backend {

    private final String name;
    private final List<Replica> replicas;
    private final HttpClient client;
    private final HttpClient freshClient;
    private final AtomicInteger turn = new AtomicInteger();

    Backend(String name, List<Replica> replicas, HttpClient client, HttpClient freshClient) {
        if (replicas.isEmpty()) {
            throw new IllegalArgumentException(name + " needs at least one URL");
        }
        this.name = name;
        this.replicas = List.copyOf(replicas);
        this.client = client;
        this.freshClient = freshClient;
    }

    String name() {
        return name;
    }

    List<Replica> replicas() {
        return replicas;
    }

    HttpClient client() {
        return client;
    }

    /**
     * A client that opens a new connection for every request: for sending a request again after a pooled
     * connection died under it, since a crashed replica leaves more dead connections in the pool.
     */
    HttpClient freshClient() {
        return freshClient;
    }

    /** The replica whose turn it is, skipping those whose circuit is open; empty when every circuit is open. */
    Optional<Replica> acquire() {
        int start = Math.floorMod(turn.getAndIncrement(), replicas.size());
        return firstAcquired(start, replicas.size());
    }

    /** Another replica than {@code failed}, the next in the list after it whose circuit lets a call through. */
    Optional<Replica> acquireOtherThan(Replica failed) {
        int start = replicas.indexOf(failed) + 1;
        return firstAcquired(start, replicas.size() - 1);
    }

    /**
     * Where a call that does not report back its failures should go: the next replica in turn whose
     * circuit is closed and that is not at {@code avoid} (a replica the caller just failed to reach).
     */
    Replica route(URI avoid) {
        int start = Math.floorMod(turn.getAndIncrement(), replicas.size());
        Replica fallback = replicas.get(start);
        for (int i = 0; i < replicas.size(); i++) {
            Replica replica = replicas.get((start + i) % replicas.size());
            if (!replica.circuit().isOpen() && !replica.url().equals(avoid)) {
                return replica;
            }
            if (!replica.url().equals(avoid)) {
                fallback = replica;
            }
        }
        return fallback;
    }

    /** Seconds until the first replica will take a trial request again. */
    long retryAfterSeconds() {
        return replicas.stream().mapToLong(r -> r.circuit().retryAfterSeconds()).min().orElse(1);
    }

    private Optional<Replica> firstAcquired(int start, int candidates) {
        for (int i = 0; i < candidates; i++) {
            Replica replica = replicas.get((start + i) % replicas.size());
            // tryAcquire commits a half-open circuit to this call, so it is asked only of the one taken
            if (replica.circuit().tryAcquire()) {
                return Optional.of(replica);
            }
        }
        return Optional.empty();
    }
}
