package dev.lede.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A shell command line run in a real pseudo-terminal of 80x24 (made by util-linux's
 * {@code script}), the way a user starts a program, and what it writes there.
 */
public final class PseudoTerminal {
    private static final Path SCRIPT = Path.of("/usr/bin/script");
    private static final long WAIT_SECONDS = 60;

    private final Process process;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Thread reader;

    private PseudoTerminal(Process process) {
        this.process = process;
        this.reader = new Thread(() -> copy(process.getInputStream()), "pty-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Whether this machine can make one. */
    public static boolean available() {
        return Files.isExecutable(SCRIPT);
    }

    /**
     * Starts {@code command} (the program, then its arguments) in {@code directory} with
     * {@code environment} added to this process's (a name mapped to {@code null} is removed).
     */
    public static PseudoTerminal start(List<String> command, Path directory, Map<String, String> environment)
            throws IOException {
        StringBuilder commandLine = new StringBuilder("stty cols 80 rows 24; exec");
        for (String word : command) {
            commandLine.append(' ').append(quote(word));
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(SCRIPT.toString(), "-q", "-e", "-c",
                commandLine.toString(), "/dev/null")).redirectErrorStream(true).directory(directory.toFile());
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return new PseudoTerminal(builder.start());
    }

    /** A word quoted for the shell. */
    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** What the program wrote to its terminal, and how it ended. */
    public record Finished(int status, String output) {
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

    /** Everything written until {@code text} appears; fails after a minute without it. */
    public String readUntil(String text) throws InterruptedException {
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

    /** Types {@code keys} on the terminal. */
    public void type(String keys) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write(keys.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** The processes running in the terminal: the program and whatever it started there. */
    public List<ProcessHandle> processes() {
        return process.descendants().toList();
    }

    /** Closes the terminal, as a terminal window closed or a dropped SSH connection does: its programs get a hang-up. */
    public void hangUp() {
        process.destroyForcibly(); // script holds the terminal's other end: killed, the terminal goes
    }

    /** Waits for the program to end; fails after a minute. */
    public Finished finish() throws Exception {
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
