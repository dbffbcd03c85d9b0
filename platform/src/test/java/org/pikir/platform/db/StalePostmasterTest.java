package org.pikir.platform.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

class StalePostmasterTest {

    @TempDir
    Path dataDir;

    @Test
    void aDirectoryWithoutPidFileIsLeftAlone() throws IOException {
        StalePostmaster.stopIfLeftBehind(dataDir);
        assertTrue(Files.notExists(dataDir.resolve("postmaster.pid")));
    }

    @Test
    void aProcessThatIsNotPostgresIsNeverStopped() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(dataDir.resolve("postmaster.pid"), sleeper.pid() + "\n" + dataDir + "\n");

            StalePostmaster.stopIfLeftBehind(dataDir);

            assertTrue(sleeper.isAlive(), "a process named sleep was stopped as if it were PostgreSQL");
        } finally {
            sleeper.destroy();
            sleeper.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPidFileForAnotherDirectoryIsIgnored(@TempDir Path otherDir) throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(dataDir.resolve("postmaster.pid"), sleeper.pid() + "\n" + otherDir + "\n");

            StalePostmaster.stopIfLeftBehind(dataDir);

            assertTrue(sleeper.isAlive());
        } finally {
            sleeper.destroy();
            sleeper.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void garbageInThePidFileIsIgnored() throws IOException {
        Files.writeString(dataDir.resolve("postmaster.pid"), "not-a-pid\n" + dataDir + "\n");
        StalePostmaster.stopIfLeftBehind(dataDir);
        Files.writeString(dataDir.resolve("postmaster.pid"), "");
        StalePostmaster.stopIfLeftBehind(dataDir);
        assertTrue(Files.exists(dataDir.resolve("postmaster.pid")), "the file of a server that is not running was touched");
    }
}
