package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.testing.IsolatedHome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged program in a real pseudo-terminal (made by util-linux's {@code script}), the way
 * a user starts it: the reader shows the demo's lead and gives the terminal back on {@code q};
 * a first article that cannot be had is one plain line, with the screen never taken.
 */
class TerminalSessionIT {
    private static final Path JAR = Path.of("target", "lede.jar").toAbsolutePath();
    private static final String ALTERNATE_SCREEN_ON = "\u001b[?1049h";
    private static final String ALTERNATE_SCREEN_OFF = "\u001b[?1049l";
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path home;

    @Test
    void demo_showsTheLeadsHeadline_andQuitGivesTheTerminalBack() throws Exception {
        Session session = start("--demo");
        String screen = session.readUntil("Athens accord");
        session.type("q");
        Finished finished = session.finish();
        assertEquals(0, finished.status(), finished.output());
        assertTrue(screen.contains(ALTERNATE_SCREEN_ON), "the reader did not take the screen");
        assertTrue(finished.output().contains(ALTERNATE_SCREEN_OFF), "the screen was not given back");
        assertFalse(finished.output().contains("Exception"), finished.output());
    }

    @Test
    void missingFile_isOnePlainLine_andTheScreenIsNeverTaken() throws Exception {
        Path missing = home.resolve("no-such-page.html");
        Finished finished = start(missing.toString()).finish();
        assertEquals(1, finished.status(), finished.output());
        assertTrue(finished.output().contains("lede: "), finished.output());
        assertTrue(finished.output().contains("no-such-page.html"), finished.output());
        assertFalse(finished.output().contains(ALTERNATE_SCREEN_ON), "the screen was taken for a page that never came");
        assertFalse(finished.output().contains("Exception"), finished.output());
    }

    private Session start(String... args) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux's script makes the pseudo-terminal");
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: mvn package builds it");
        StringBuilder command = new StringBuilder("stty cols 80 rows 24; exec '")
                .append(Path.of(System.getProperty("java.home"), "bin", "java")).append("' -jar '").append(JAR).append('\'');
        for (String arg : args) {
            command.append(" '").append(arg).append('\'');
        }
        ProcessBuilder builder = new ProcessBuilder(List.of("/usr/bin/script", "-q", "-e", "-c", command.toString(),
                "/dev/null")).redirectErrorStream(true);
        builder.environment().put("TERM", "xterm-256color");
        IsolatedHome.into(builder.environment(), home);
        builder.environment().remove("NO_COLOR");
        return new Session(builder.start());
    }

    private record Finished(int status, String output) {
    }

    /** A running program and what it has written to its terminal so far. */
    private static final class Session {
        private final Process process;
        private final ByteArrayOutputStream output = new ByteArrayOutputStream();
        private final Thread reader;

        Session(Process process) {
            this.process = process;
            this.reader = new Thread(() -> copy(process.getInputStream()), "pty-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void copy(InputStream in) {
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    synchronized (output) {
                        output.write(buffer, 0, n);
                        output.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }

        String readUntil(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            synchronized (output) {
                while (!output.toString(StandardCharsets.UTF_8).contains(text)) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0 || !process.isAlive() && !reader.isAlive()) {
                        throw new AssertionError("never saw \"" + text + "\" on the terminal:\n" + output);
                    }
                    output.wait(Math.min(left, 200));
                }
                return output.toString(StandardCharsets.UTF_8);
            }
        }

        void type(String keys) throws IOException {
            OutputStream in = process.getOutputStream();
            in.write(keys.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        Finished finish() throws Exception {
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the program did not end:\n" + output);
            }
            reader.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            synchronized (output) {
                return new Finished(process.exitValue(), output.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
