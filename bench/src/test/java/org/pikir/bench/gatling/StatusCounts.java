package org.pikir.bench.gatling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Answers counted by phase and status, with whether a 429 carried Retry-After: the split a flash
 * crowd is judged by. A request with no answer at all (time-out, refused connection) counts as
 * "no-answer".
 */
final class StatusCounts {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void record(String phase, String status, boolean retryAfter) {
        String key = phase + " " + (status == null ? "no-answer" : status.equals("429")
                ? (retryAfter ? "429+Retry-After" : "429-without-Retry-After") : status);
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** One line per phase and status: "phase status count". */
    String report() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(counts).forEach((key, count) -> out.append(key).append(' ').append(count.sum()).append('\n'));
        return out.toString();
    }

    void writeTo(String file) {
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), report());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
