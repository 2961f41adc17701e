package dev.lede.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.IsolatedHome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rehearsal the launcher records its class-data archive from, run as the launcher runs it:
 * it must go through a real run's start-up (threads, terminal takeover, reader), since what it
 * skips is read from the jar on every start, and it must leave the user's files alone.
 */
class RehearsalIT {
    private static final Path JAR = Path.of("target", "lede.jar").toAbsolutePath();
    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void rehearsal_goesThroughTheReadersStartUp_andLeavesNoFileBehind() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path classes = dir.resolve("classes.log");
        Path out = dir.resolve("out.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-Xlog:class+load=info:file=" + classes,
                "-cp", JAR.toString(), "dev.lede.launch.Rehearsal"))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(out.toFile());
        IsolatedHome.into(builder.environment(), home);
        builder.environment().put("TERM", "xterm-256color");
        Process process = builder.start();
        assertTrue(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the rehearsal did not finish");
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), printed);
        assertTrue(printed.contains("Athens accord"), "the demo was not printed: " + printed);

        String loaded = Files.readString(classes, StandardCharsets.UTF_8);
        for (String startUp : List.of("dev.lede.cli.DemoStart ", "dev.lede.cli.Background ",
                "dev.lede.tui.Takeover ", "dev.lede.tui.LedeTerminal ", "dev.lede.tui.ReaderLoop ",
                "dev.lede.state.PlacesFile ", "dev.lede.cli.LedeCommand$$Lambda", "java.lang.ProcessBuilder ",
                "dev.lede.fetch.DiskCache ")) {
            assertTrue(loaded.contains(startUp), "the rehearsal never reached " + startUp.trim());
        }
        assertEquals(List.of(), filesUnder(home), "the rehearsal wrote into the user's directories");
        assertEquals(List.of(), filesUnder(tmp), "the rehearsal left temporary files");
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> !path.equals(root)).toList();
        }
    }
}
