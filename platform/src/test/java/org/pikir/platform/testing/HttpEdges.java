package org.pikir.platform.testing;

import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks shared by every service's and the gateway's tests of the HTTP edge: headers no client should be able to break. */
public final class HttpEdges {

    /** Accept headers that do not parse as media ranges. */
    public static final List<String> MALFORMED_ACCEPT = List.of("*/*;q=abc", ";;;");

    private HttpEdges() {
    }

    /**
     * Asks each path with each malformed Accept header: every answer is below 500, a refusal is a problem+json, and
     * nothing is logged at WARN or above (a client's bad header is no incident for the operator).
     */
    public static void malformedAcceptIsNeverAServerError(List<String> paths) {
        List<String> wrong = new ArrayList<>();
        List<LogRecord> logged = whileCapturingLogs(() -> {
            for (String accept : MALFORMED_ACCEPT) {
                for (String path : paths) {
                    Response answer = given().redirects().follow(false).header("Accept", accept).when().get(path);
                    int status = answer.statusCode();
                    String type = String.valueOf(answer.contentType());
                    if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json")
                            && !type.startsWith("text/html"))) {
                        wrong.add("Accept: " + accept + " on " + path + " answered " + status + " " + type);
                    }
                }
            }
        });
        logged.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .forEach(r -> wrong.add("logged " + r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()));
        assertEquals(List.of(), wrong);
    }

    /** The log records written (by any logger of this JVM, so of the application under test) while {@code action} ran. */
    public static List<LogRecord> whileCapturingLogs(Runnable action) {
        List<LogRecord> records = java.util.Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            action.run();
        } finally {
            root.removeHandler(capture);
        }
        return List.copyOf(records);
    }
}
