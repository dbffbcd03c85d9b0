package org.pikir.bench.gatling;

import io.gatling.javaapi.core.ChainBuilder;
import org.pikir.bench.Settings;
import org.pikir.bench.TokenPool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One citizen's comment POST through the gateway, as the write simulations send it: a token of
 * one of many bench users, a fresh Idempotency-Key, a realistic Russian text; the answer's status
 * and Retry-After are recorded in {@link StatusCounts}.
 */
final class Comments {

    private Comments() {
    }

    static String text() {
        try {
            return Files.readString(Path.of(Settings.text("text", "data/comment-ru.txt"))).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ChainBuilder post(TokenPool[] tokens, Phases phases, StatusCounts counts, Integer... accepted) {
        String forum = Settings.text("forum", "bench-load");
        String text = text().replace("\"", "\\\"");
        return exec(session -> session.set("phase", phases.current()).set("key", "gatling-" + UUID.randomUUID()))
                .exec(http("#{phase}").post("/api/feedback/comments")
                        .header("Authorization", session -> "Bearer " + tokens[0].next())
                        .header("Idempotency-Key", "#{key}")
                        .body(StringBody(session -> "{\"eventSlug\":\"" + forum + "\",\"body\":\"" + text + " ("
                                + session.getString("key") + ")\",\"language\":\"ru\"}"))
                        .asJson()
                        .check(status().saveAs("status"))
                        .check(header("Retry-After").optional().saveAs("retryAfter"))
                        .check(status().in(accepted))
                        .checkIf((response, session) -> response.status().code() == 429)
                        .then(header("Retry-After").exists()))
                .exec(session -> {
                    counts.record(session.getString("phase"), session.contains("status")
                            ? String.valueOf(session.getInt("status")) : null, session.contains("retryAfter"));
                    return session.remove("status").remove("retryAfter");
                });
    }
}
