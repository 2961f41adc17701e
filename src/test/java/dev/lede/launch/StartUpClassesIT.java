package dev.lede.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.IsolatedHome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a usual command line loads: none of picocli. Picocli's classes cannot go into the AOT
 * cache or class-data archive (compiled for Java 5), nor can lede's classes that implement its
 * interfaces: each one a run loads is read from the jar, which is opened for it, on every start.
 */
class StartUpClassesIT {
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void demoDump_loadsNothingOfPicocli() throws Exception {
        Path classes = dir.resolve("classes.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--demo", "--dump"))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        IsolatedHome.into(builder.environment(), Files.createDirectories(dir.resolve("home")));
        Process process = builder.start();
        assertTrue(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "lede --demo --dump did not finish");
        assertEquals(0, process.exitValue());
        String loaded = Files.readString(classes, StandardCharsets.UTF_8);
        assertTrue(loaded.contains("dev.lede.cli.LedeCommand "), "the log shows no lede class: " + classes);
        assertEquals(List.of(), loaded.lines().filter(line -> line.contains(" picocli.")).toList());
    }
}
