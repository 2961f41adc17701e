package dev.lede.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.testing.IsolatedHome;
import dev.lede.testing.PseudoTerminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The launcher ({@code dist/lede}) run in a pseudo-terminal for a user whose home is a test's
 * directory, spares on, with a runtime directory as systemd makes it (the user's, 0700).
 */
final class LauncherRuns {
    static final Path LAUNCHER = Path.of("dist", "lede").toAbsolutePath();
    static final long WAIT_SECONDS = 90;

    final Path home;

    LauncherRuns(Path home) {
        this.home = home;
    }

    /**
     * The JVMs running in {@code terminal}: none while a spare serves the run (it runs in a
     * session of its own), the launcher itself once it runs lede without one (it becomes the JVM).
     */
    static List<String> javaIn(PseudoTerminal terminal) {
        return terminal.processes().stream().map(ProcessHandle::pid).map(LauncherRuns::commandLine)
                .filter(command -> command.contains("-XX:")).toList();
    }

    static String commandLine(long pid) {
        try {
            return Files.readString(ProcFiles.of(pid).resolve("cmdline")).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /** Ends the lede processes started for this home. */
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

    static void assumeTerminal() {
        assumeTrue(PseudoTerminal.available(), "util-linux's script makes the pseudo-terminal");
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "a spare finds its user through /proc");
    }

    /** Runs lede once in a terminal, spares on, which leaves a spare behind; returns its process id once it is ready. */
    long leaveSpare() throws Exception {
        assumeTerminal();
        assertEquals(0, run(home, Map.of(), "--version").status());
        return readySpare();
    }

    PseudoTerminal.Finished run(Path directory, Map<String, String> extra, String... args) throws Exception {
        return start(directory, extra, args).finish();
    }

    PseudoTerminal start(Path directory, Map<String, String> extra, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return PseudoTerminal.start(command, directory, environment(extra));
    }

    /** The user's environment: a home of the test's own, with a runtime directory as systemd makes it (0700). */
    Map<String, String> environment(Map<String, String> extra) throws IOException {
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

    Path runtime() throws IOException {
        Path runtime = home.resolve("run");
        if (!Files.isDirectory(runtime)) {
            Files.createDirectory(runtime, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return runtime;
    }

    /**
     * The key the launcher gives a spare for a run in {@code environment} (as {@link #environment}
     * makes it): the JVM, its build, the jar, and the settings the JVM fixes at start.
     */
    static String key(Map<String, String> environment) throws IOException {
        Path javaHome = Path.of(System.getProperty("java.home"));
        String runtime = null;
        String version = null;
        for (String line : Files.readAllLines(javaHome.resolve("release"))) {
            if (line.startsWith("JAVA_RUNTIME_VERSION=")) {
                runtime = line.substring(line.indexOf('=') + 1).replace("\"", "");
            } else if (line.startsWith("JAVA_VERSION=")) {
                version = line.substring(line.indexOf('=') + 1).replace("\"", "");
            }
        }
        if (runtime == null || !runtime.matches("[A-Za-z0-9.+-]+")) {
            runtime = version;
        }
        List<String> words = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(), runtime,
                LAUNCHER.getParent().resolveSibling("target/lede.jar").toString()));
        for (String name : new String[] {"LEDE_NO_CDS", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "LEDE_JAVA_OPTS"}) {
            String value = environment.containsKey(name) ? environment.get(name) : System.getenv(name);
            words.add(value == null ? "" : value);
        }
        return String.join(" ", words);
    }

    /** Where the launcher keeps this machine's spares, under the test's runtime directory. */
    Path spares() throws IOException {
        return runtime().resolve("lede-spares").resolve(SpareDirectory.host());
    }

    /** The process id of the spare that becomes ready, waiting for it. */
    long readySpare() throws Exception {
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
    void assertServed(long pid) throws Exception {
        assertFalse(Files.exists(SpareDirectory.of(spares(), SpareDirectory.READY, pid)), "the spare was not claimed");
        ProcessHandle.of(pid).ifPresent(spare -> spare.onExit().orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join());
    }
}
