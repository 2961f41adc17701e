package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.testing.IsolatedHome;
import dev.lede.testing.PseudoTerminal;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code dist/lede}) in a real pseudo-terminal leaves a spare lede behind, and the
 * next run there is served by it: in the user's working directory, with the user's environment
 * of that moment, its output on the terminal and its exit status the launcher's.
 */
class SpareIT {
    private static final Path LAUNCHER = Path.of("dist", "lede").toAbsolutePath();
    private static final long WAIT_SECONDS = 90;

    @TempDir
    Path home;

    @Test
    void theNextRunInATerminal_isServedByTheSpare_inTheUsersDirectoryAndEnvironment() throws Exception {
        long spare = leaveSpare();

        // Another directory, and a configuration the spare's own environment does not point to.
        Path work = Files.createDirectories(home.resolve("work"));
        Files.writeString(work.resolve("page.html"), "<html><head><title>Harbour news</title></head><body><article>"
                + "<h1>Harbour cranes return</h1><p>" + "The cranes came back to the old harbour on Monday, ".repeat(8)
                + "after years of quiet.</p></article></body></html>");
        Path config = Files.createDirectories(home.resolve("elsewhere/lede"));
        Files.writeString(config.resolve("config"), "width = 40\n");
        PseudoTerminal.Finished dumped = run(work, Map.of("XDG_CONFIG_HOME", config.getParent().toString()),
                "--dump", "page.html");

        assertEquals(0, dumped.status(), dumped.output());
        assertTrue(dumped.output().contains("Harbour cranes return"), dumped.output());
        List<String> body = dumped.output().lines().filter(line -> line.contains("cranes came back")
                || line.contains("harbour on Monday")).toList();
        assertFalse(body.isEmpty(), dumped.output());
        body.forEach(line -> assertTrue(line.strip().length() <= 40, "wider than the configured 40: " + line));
        assertServed(spare);

        long next = readySpare();
        PseudoTerminal.Finished missing = run(work, Map.of(), "no-such-page.html");
        assertEquals(1, missing.status(), missing.output());
        assertTrue(missing.output().contains("lede: ") && missing.output().contains("no-such-page.html"),
                missing.output());
        assertFalse(missing.output().contains("Exception"), missing.output());
        assertServed(next);
    }

    @Test
    void theReader_onASpare_drawsInTheTerminal_andGivesItBackOnQuit() throws Exception {
        long spare = leaveSpare();
        PseudoTerminal reader = start(home, Map.of(), "--demo");
        String screen = reader.readUntil("Athens accord");
        reader.type("q");
        PseudoTerminal.Finished finished = reader.finish();
        assertEquals(0, finished.status(), finished.output());
        assertTrue(screen.contains("\u001b[?1049h"), "the reader did not take the screen");
        assertTrue(finished.output().contains("\u001b[?1049l"), "the screen was not given back");
        assertServed(spare);
    }

    @Test
    void ctrlC_whileAPageLoads_endsTheRunOnTheSpare() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            long spare = leaveSpare();
            PseudoTerminal dump = start(home, Map.of(), "--dump", "http://127.0.0.1:" + silent.getLocalPort() + "/");
            try (Socket held = silent.accept()) { // the request came: an answer never will
                dump.type("\u0003");
                PseudoTerminal.Finished finished = dump.finish();
                assertEquals(130, finished.status(), finished.output());
                assertServed(spare);
            }
        }
    }

    @AfterEach
    void stopSpares() throws IOException {
        Path spares = spares();
        if (Files.isDirectory(spares)) {
            try (Stream<Path> entries = Files.list(spares)) {
                entries.map(entry -> SpareDirectory.pidOf(entry.getFileName().toString()))
                        .forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy));
            }
        }
    }

    /** Runs lede once in a terminal, which leaves a spare behind; returns its process id once it is ready. */
    private long leaveSpare() throws Exception {
        assumeTrue(PseudoTerminal.available(), "util-linux's script makes the pseudo-terminal");
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "a spare finds its user through /proc");
        assertEquals(0, run(home, Map.of(), "--version").status());
        return readySpare();
    }

    private PseudoTerminal.Finished run(Path directory, Map<String, String> extra, String... args) throws Exception {
        return start(directory, extra, args).finish();
    }

    private PseudoTerminal start(Path directory, Map<String, String> extra, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Map<String, String> env = new HashMap<>();
        env.put("TERM", "xterm-256color");
        IsolatedHome.into(env, home);
        env.put("XDG_RUNTIME_DIR", null); // spares wait under HOME
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("LEDE_NO_CDS", "1"); // no archive to train first: the spare starts at once
        env.put("LEDE_SPARE", null);
        env.putAll(extra);
        return PseudoTerminal.start(command, directory, env);
    }

    /** Where the launcher keeps this machine's spares, under the test's home. */
    private Path spares() throws IOException {
        String host = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        return home.resolve(".cache/lede-spares").resolve(host);
    }

    /** The process id of the spare that becomes ready, waiting for it. */
    private long readySpare() throws Exception {
        Path spares = spares();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(spares)) {
                try (Stream<Path> entries = Files.list(spares)) {
                    long pid = entries.map(entry -> entry.getFileName().toString())
                            .filter(name -> name.startsWith(SpareDirectory.READY)).mapToLong(SpareDirectory::pidOf).findFirst().orElse(0);
                    if (pid > 0) {
                        return pid;
                    }
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("no spare became ready in " + spares);
    }

    /** The spare {@code pid} was claimed, and has ended with its run. */
    private void assertServed(long pid) throws Exception {
        assertFalse(Files.exists(SpareDirectory.of(spares(), SpareDirectory.READY, pid)), "the spare was not claimed");
        ProcessHandle.of(pid).ifPresent(spare -> spare.onExit().orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join());
    }
}
