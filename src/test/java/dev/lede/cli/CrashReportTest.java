package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a crash's details go: the state directory, user-only, or nowhere; never the temporary directory. */
class CrashReportTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void theLog_isWrittenUserOnly_inTheStateDirectory() throws Exception {
        String line = new CrashReport(Map.of("XDG_STATE_HOME", temp.resolve("state").toString()), NOON)
                .report(new IllegalStateException("boom"), Thread.currentThread());
        Path dir = temp.resolve("state/lede");
        assertTrue(line.contains("details in " + dir), line);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        try (Stream<Path> logs = Files.list(dir)) {
            Path log = logs.findFirst().orElseThrow();
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
            assertTrue(Files.readString(log).contains("boom"));
        }
    }

    @Test
    void withoutStateDirectoryOrHome_noLogIsWritten_andTheLineSaysSo() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "lede-" + System.getProperty("user.name"));
        long before = Files.isDirectory(tmp) ? Files.list(tmp).count() : 0;
        String line = new CrashReport(Map.of("TMPDIR", temp.toString()), NOON)
                .report(new IllegalStateException("boom"), Thread.currentThread());
        assertTrue(line.contains("no crash log"), line);
        try (Stream<Path> inTemp = Files.list(temp)) {
            assertEquals(0, inTemp.count(), "a log went to TMPDIR");
        }
        assertEquals(before, Files.isDirectory(tmp) ? Files.list(tmp).count() : 0, "a log went to the temporary directory");
    }
}
