package org.pikir.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One child process of the platform (Keycloak or a service jar) with its log file and readiness URL. */
final class ServiceProcess {

    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDir;
    private final Path log;
    private final URI readiness;
    private Process process;
    private List<ProcessHandle> children = List.of();
    private Instant startedAt;
    private Duration startup;

    ServiceProcess(String name, List<String> command, Map<String, String> environment, Path workingDir, Path log,
                   URI readiness) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingDir = workingDir;
        this.log = log;
        this.readiness = readiness;
    }

    String name() {
        return name;
    }

    Duration startup() {
        return startup;
    }

    void start() {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // a developer's shell may carry QUARKUS_/PIKIR_/KC_ settings that would bend the run
        builder.environment().keySet().removeIf(key ->
                key.startsWith("QUARKUS_") || key.startsWith("PIKIR_") || key.startsWith("KC_"));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "%n=== e2e: starting %s at %s: %s%n".formatted(name, Instant.now(), command),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            startedAt = Instant.now();
            startup = null;
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Polls every process until each answers 200 on its readiness URL; fails with the log's tail of the
     * first one that exits early or is still not ready at the deadline.
     */
    static void awaitReady(List<ServiceProcess> processes, Instant deadline) {
        List<ServiceProcess> waiting = new ArrayList<>(processes);
        while (!waiting.isEmpty()) {
            for (ServiceProcess process : List.copyOf(waiting)) {
                if (process.checkReady(deadline)) {
                    waiting.remove(process);
                }
            }
            if (!waiting.isEmpty()) {
                sleep(Duration.ofMillis(250));
            }
        }
    }

    private boolean checkReady(Instant deadline) {
        if (!process.isAlive()) {
            throw new IllegalStateException("%s exited with code %d before it was ready; last lines of %s:%n%s"
                    .formatted(name, process.exitValue(), log, tail()));
        }
        if (answersReady()) {
            startup = Duration.between(startedAt, Instant.now());
            return true;
        }
        if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException("%s was not ready at %s within the time limit; last lines of %s:%n%s"
                    .formatted(name, readiness, log, tail()));
        }
        return false;
    }

    private boolean answersReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).GET().build();
            return PROBE.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
    }

    /** Sends SIGTERM (kc.sh passes it on to its java child); {@link #awaitStopped()} finishes the job. */
    void requestStop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        children = process.descendants().toList();
        process.destroy();
    }

    /**
     * Waits for a clean exit (the services stop their embedded PostgreSQL on SIGTERM), then kills the
     * process and whatever it spawned that is still there, so no port or data directory stays taken.
     */
    void awaitStopped() {
        if (process == null) {
            return;
        }
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    void stop() {
        requestStop();
        awaitStopped();
    }

    /** SIGKILL, as a crash: no shutdown hook runs, so whatever the process started (its PostgreSQL) is left running. */
    void kill() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String tail() {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
