package dev.lede.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.cli.ExitCode;
import dev.lede.testing.HostilePages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exception nobody caught, on a thread that is not main, in a real process: one line on
 * standard error naming the problem and the log file, the details in that file, exit status 70.
 */
class CrashHandlerIT {
    @TempDir
    Path state;

    @Test
    void uncaughtExceptionOnAnotherThread_oneLineAndALogFile() throws Exception {
        Result result = run("-Xmx256m", "throw");
        assertEquals(ExitCode.INTERNAL, result.code, result.err);
        List<String> lines = result.err.lines().toList();
        assertEquals(1, lines.size(), result.err);
        String line = lines.get(0);
        assertTrue(line.startsWith("lede: a bug␛]0;TITLE␇ in a worker (IllegalStateException); details in "), line);
        assertEquals(List.of(), HostilePages.unsafeIn(result.err));
        Path log = Path.of(line.substring(line.indexOf("details in ") + "details in ".length()));
        assertTrue(log.startsWith(state.resolve("lede")), log.toString());
        String details = Files.readString(log);
        assertTrue(details.contains("thread: lede-worker"), details);
        assertTrue(details.contains("at dev.lede.launch.CrashingMain"), "the stack trace is in the log");
    }

    @Test
    void outOfMemoryOnAnotherThread_oneLineAndALogFile() throws Exception {
        Result result = run("-Xmx48m", "oom");
        assertEquals(ExitCode.INTERNAL, result.code, result.err);
        assertEquals(1, result.err.lines().count(), result.err);
        assertTrue(result.err.startsWith("lede: out of memory"), result.err);
        try (Stream<Path> logs = Files.list(state.resolve("lede"))) {
            assertEquals(1, logs.filter(p -> p.getFileName().toString().startsWith("crash-")).count());
        }
    }

    private record Result(int code, String err) {
    }

    private Result run(String heap, String mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), CrashingMain.class.getName(), mode));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("XDG_STATE_HOME", state.toString());
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the handler ended the process");
        return new Result(process.exitValue(), err);
    }
}
