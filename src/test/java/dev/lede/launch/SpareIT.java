package dev.lede.launch;

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
import java.nio.file.attribute.PosixFilePermissions;
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
 * The launcher ({@code dist/lede}) in a real pseudo-terminal, spares turned on, leaves a spare
 * lede behind, and the next run there is served by it: in the user's working directory, with the
 * user's environment of that moment, its output on the terminal and its exit status the
 * launcher's. Spares off (the default), a run leaves nothing behind.
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

    @Test
    void spareOnInTheConfigFile_leavesASpare_andStopSparesEndsIt() throws Exception {
        assumeTerminal();
        Path config = Files.createDirectories(home.resolve("config/lede"));
        Files.writeString(config.resolve("config"), "spare = on\n");
        assertEquals(0, run(home, Map.of("LEDE_SPARE", ""), "--version").status());
        long spare = readySpare();

        PseudoTerminal.Finished listed = run(home, Map.of(), "--spares");
        assertEquals(0, listed.status(), listed.output());
        assertTrue(listed.output().lines().anyMatch(line -> line.startsWith(spare + " ") && line.contains("ready")
                && line.contains(" MB ") && line.contains(System.getProperty("java.home"))), listed.output());

        PseudoTerminal.Finished stopped = run(home, Map.of(), "--stop-spares");
        assertEquals(0, stopped.status(), stopped.output());
        assertTrue(stopped.output().contains("1 spare stopped"), stopped.output());
        ProcessHandle.of(spare).ifPresent(process -> process.onExit().orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join());
        assertTrue(run(home, Map.of(), "--spares").output().contains("no spares"));
    }

    @Test
    void sparesOff_aRunInATerminal_leavesNoLedeProcessBehind() throws Exception {
        assumeTerminal();
        PseudoTerminal.Finished plain = run(home, Map.of("LEDE_SPARE", ""), "--version");
        assertEquals(0, plain.status(), plain.output());
        PseudoTerminal.Finished off = run(home, Map.of("LEDE_SPARE", "0"), "--version");
        assertEquals(0, off.status(), off.output());
        // A spare would start half a second after its run and make its directory as soon as its JVM is up.
        TimeUnit.SECONDS.sleep(3);
        assertEquals(List.of(), ledeProcessesUnder(home));
        assertFalse(Files.exists(spares()), "a spare directory was made");
    }

    @Test
    void theLauncherUnderDash_printsNoStrayLines_withSparesOnOrOff() throws Exception {
        assumeTerminal();
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dash")), "Debian's sh");
        for (String spare : new String[] {"1", "0"}) {
            List<String> command = List.of("/usr/bin/dash", LAUNCHER.toString(), "--version");
            PseudoTerminal.Finished finished = PseudoTerminal.start(command, home, environment(Map.of("LEDE_SPARE", spare)))
                    .finish();
            assertEquals(0, finished.status(), finished.output());
            List<String> lines = finished.output().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            assertTrue(lines.get(0).startsWith("lede "), finished.output());
            assertEquals(List.of(), lines.stream().filter(line -> !line.matches("(lede|Java|config:|cache:|state:) .*"))
                    .toList(), "stray lines with LEDE_SPARE=" + spare);
            if (spare.equals("1")) {
                readySpare(); // then ended, so that it serves no run of the next round
                stopSpares();
            }
        }
    }

    @AfterEach
    void stopSpares() throws IOException {
        ledeProcessesUnder(home).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy));
    }

    /** The lede processes (spares, and what started them) whose command line names a place under {@code root}. */
    static List<Long> ledeProcessesUnder(Path root) throws IOException {
        List<Long> found = new ArrayList<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String args = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
                    if (args.contains("dev.lede.") && args.contains(root.toString())) {
                        found.add(Long.parseLong(process.getFileName().toString()));
                    }
                } catch (IOException e) {
                    // ended
                }
            }
        }
        return found;
    }

    private static void assumeTerminal() {
        assumeTrue(PseudoTerminal.available(), "util-linux's script makes the pseudo-terminal");
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "a spare finds its user through /proc");
    }

    /** Runs lede once in a terminal, spares on, which leaves a spare behind; returns its process id once it is ready. */
    private long leaveSpare() throws Exception {
        assumeTerminal();
        assertEquals(0, run(home, Map.of(), "--version").status());
        return readySpare();
    }

    private PseudoTerminal.Finished run(Path directory, Map<String, String> extra, String... args) throws Exception {
        return start(directory, extra, args).finish();
    }

    private PseudoTerminal start(Path directory, Map<String, String> extra, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return PseudoTerminal.start(command, directory, environment(extra));
    }

    /** The user's environment: a home of the test's own, with a runtime directory as systemd makes it (0700). */
    private Map<String, String> environment(Map<String, String> extra) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("TERM", "xterm-256color");
        IsolatedHome.into(env, home);
        env.put("XDG_RUNTIME_DIR", runtime().toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("LEDE_NO_CDS", "1"); // no archive to train first: the spare starts at once
        env.put("LEDE_SPARE", "1");
        env.putAll(extra);
        return env;
    }

    private Path runtime() throws IOException {
        Path runtime = home.resolve("run");
        if (!Files.isDirectory(runtime)) {
            Files.createDirectory(runtime, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return runtime;
    }

    /** Where the launcher keeps this machine's spares, under the test's runtime directory. */
    private Path spares() throws IOException {
        return runtime().resolve("lede-spares").resolve(SpareDirectory.host());
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
