package dev.lede.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.testing.PseudoTerminal;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spares turned on, what the review planted for them is refused: a runtime directory of another
 * account or open to others, spare directories named after a process group or a stale process,
 * a request naming a process that is not the launcher; and a served run whose terminal closes
 * ends, leaving nothing running.
 */
class SpareSafetyIT {
    /** Long enough for a busy shared machine; the hang-up bug it catches ran for good. */
    private static final long HANG_UP_DEADLINE_SECONDS = 10;

    @TempDir
    Path home;
    private LauncherRuns lede;

    @BeforeEach
    void inHome() {
        LauncherRuns.assumeTerminal();
        lede = new LauncherRuns(home);
    }

    @AfterEach
    void stopSpares() throws IOException {
        lede.stopSpares();
    }

    @Test
    void aRuntimeDirectoryOpenToOthers_isNotUsed_andWhatIsPlantedThereStaysUntouched() throws Exception {
        Path runtime = Files.createDirectory(home.resolve("open"));
        Path victim = plantSpares(runtime);
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertRefused(runtime, victim);
    }

    @Test
    void aRuntimeDirectoryOfAnotherUser_isNotUsed_andWhatIsPlantedThereStaysUntouched() throws Exception {
        assumeTrue(ProcFiles.ownUser() == 0, "only root can make a directory another user's");
        Path runtime = Files.createDirectory(home.resolve("theirs"));
        Path victim = plantSpares(runtime);
        UserPrincipal nobody = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        try (Stream<Path> planted = Files.walk(runtime)) {
            for (Path path : planted.toList()) {
                Files.getFileAttributeView(path, PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS).setOwner(nobody);
            }
        }
        assertRefused(runtime, victim);
    }

    @Test
    void spareDirectoriesNamedAfterAProcessGroup_orAReusedProcessId_areNeverClaimed() throws Exception {
        Process stranger = new ProcessBuilder("setsid", "sleep", "120").start();
        try {
            long id = stranger.pid();
            long started = ProcFiles.startTime(id);
            Path spares = Files.createDirectories(lede.spares());
            String key = LauncherRuns.key(lede.environment(Map.of()));
            // The key is the launcher's; the id is a process group's, or a process that started after the spare.
            Path group = plant(spares.resolve("ready.-" + id), key + "\n-" + id + " " + started + "\n");
            Path stale = plant(spares.resolve("ready." + id), key + "\n" + id + " " + (started - 1) + "\n");

            PseudoTerminal.Finished run = lede.run(home, Map.of(), "--version"); // the old launcher waited for good
            assertEquals(0, run.status(), run.output());
            assertTrue(run.output().contains("lede 0."), run.output());
            assertTrue(Files.isDirectory(group) && Files.isDirectory(stale), "a planted spare was claimed");
            assertTrue(stranger.isAlive(), "the stranger was signalled");
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void aRequestNamingAnotherProcessOfTheUser_isDeclined_andNothingShowsInItsTerminal() throws Exception {
        Files.writeString(home.resolve("secret.html"), "<html><body><article><h1>Private harbour notes</h1><p>"
                + "Nobody else should read these notes. ".repeat(5) + "</p></article></body></html>");
        long spare = lede.leaveSpare();
        // Another terminal of the user's, its shell in the directory of the secret.
        PseudoTerminal other = PseudoTerminal.start(List.of("sleep", "60"), home, Map.of());
        try {
            long shell = waitForProcess(other, "sleep");
            Path claimed = lede.spares().resolve(SpareDirectory.CLAIMED + spare);
            Files.move(lede.spares().resolve(SpareDirectory.READY + spare), claimed);
            try (RandomAccessFile reply = new RandomAccessFile(claimed.resolve("reply").toFile(), "rw");
                 FileOutputStream request = new FileOutputStream(claimed.resolve("request").toFile())) {
                request.write((shell + "\0" + "2\0--dump\0secret.html\0").getBytes(StandardCharsets.UTF_8));
                request.flush();
                String answer = line(reply);
                assertTrue(answer.startsWith(Spare.DECLINED) && answer.contains("does not hold"), answer);
            }
            other.hangUp();
            assertFalse(other.finish().output().contains("Private harbour"), "the spare wrote in the other terminal");
        } finally {
            other.hangUp();
        }
    }

    /**
     * As in tmux or over {@code ssh -t}: an interactive shell leads the terminal's session and
     * runs the launcher as a job; the terminal closes. The launcher shell, its waiting child killed
     * by the hang-up, used to spin on a core for good.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dash", "bash"}) // Debian's sh, and the sh of Fedora and macOS
    void aServedRunWhoseTerminalCloses_endsAtOnce_andLeavesNothingRunning(String shell) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "an interactive shell");
        assumeTrue(Files.isExecutable(Path.of("/bin", shell)), shell);
        long spare = lede.leaveSpare();
        PseudoTerminal terminal = PseudoTerminal.start(List.of("/bin/bash", "--norc", "--noprofile", "-i"), home,
                lede.environment(Map.of()));
        List<ProcessHandle> launcher;
        try {
            terminal.type(shell + " '" + LauncherRuns.LAUNCHER + "' --demo\n");
            terminal.readUntil("Athens accord");
            launcher = terminal.processes().stream()
                    .filter(process -> commandLine(process.pid()).contains(LauncherRuns.LAUNCHER.toString()))
                    .toList();
            assertFalse(launcher.isEmpty(), "no launcher in the terminal");
            assertEquals(List.of(), LauncherRuns.javaIn(terminal), "the launcher started a JVM of its own");
        } catch (AssertionError | Exception e) {
            terminal.processes().forEach(ProcessHandle::destroyForcibly); // the interactive shell ignores the hang-up's SIGTERM
            terminal.hangUp();
            throw e;
        }
        long closed = System.nanoTime();
        terminal.hangUp();
        long deadline = closed + TimeUnit.SECONDS.toNanos(HANG_UP_DEADLINE_SECONDS);
        while ((launcher.stream().anyMatch(SpareSafetyIT::running) || running(spare)) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        System.out.printf("SpareSafetyIT: under %s, launcher and served spare gone %d ms after the hang-up%n",
                shell, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closed));
        List<String> left = launcher.stream().filter(SpareSafetyIT::running)
                .map(process -> process.pid() + " " + commandLine(process.pid())).toList();
        launcher.forEach(ProcessHandle::destroyForcibly);
        assertEquals(List.of(), left, "the launcher kept running");
        assertFalse(running(spare), "the served spare kept running");
    }

    /**
     * Whether the process runs: neither gone nor a zombie. A spare's parent is whichever process
     * adopts orphans (init, a container's first process), which may take a while to reap it.
     */
    private static boolean running(long pid) {
        try {
            return !ProcFiles.stat(pid).startsWith("Z");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean running(ProcessHandle process) {
        return running(process.pid());
    }

    /** Runs lede in a terminal with {@code runtime} as its runtime directory: it runs, without a spare, saying why once. */
    private void assertRefused(Path runtime, Path victim) throws Exception {
        PseudoTerminal.Finished run = lede.run(home, Map.of("XDG_RUNTIME_DIR", runtime.toString()), "--verbose", "--version");
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("lede 0."), run.output());
        assertEquals(1, run.output().lines().filter(line -> line.startsWith("lede: no spare: ")).count(), run.output());
        assertEquals("root's own\n", Files.readString(victim), "the planted link was written through");
        Path spares = runtime.resolve("lede-spares").resolve(SpareDirectory.host());
        assertTrue(Files.isDirectory(spares.resolve("ready.1")), "the planted spare was claimed");
        try (Stream<Path> entries = Files.list(spares)) {
            assertEquals(List.of("ready.1", "ready.2"), entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
        TimeUnit.SECONDS.sleep(2); // a spare would start half a second after the run
        assertEquals(List.of(), LauncherRuns.ledeProcessesUnder(home));
    }

    /**
     * What the review planted under another account's runtime directory: {@code ready.1} with the
     * launcher's key, its request a link to a file of the victim's, its reply a FIFO, and
     * {@code ready.2} whose key is a FIFO. Returns the victim's file.
     */
    private Path plantSpares(Path runtime) throws Exception {
        Path victim = Files.writeString(home.resolve("victim"), "root's own\n");
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-------"));
        Path spares = Files.createDirectories(runtime.resolve("lede-spares").resolve(SpareDirectory.host()));
        String key = LauncherRuns.key(lede.environment(Map.of("XDG_RUNTIME_DIR", runtime.toString())));
        Path one = Files.createDirectory(spares.resolve("ready.1"));
        Files.writeString(one.resolve("key"), key + "\n1 " + ProcFiles.startTime(1) + "\n");
        Files.createSymbolicLink(one.resolve("request"), victim);
        mkfifo(one.resolve("reply"));
        mkfifo(Files.createDirectory(spares.resolve("ready.2")).resolve("key"));
        try (Stream<Path> planted = Files.walk(runtime)) {
            for (Path path : planted.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxrwx"));
            }
        }
        return victim;
    }

    /** A spare's directory holding {@code record} and the two FIFOs, no one at their other end. */
    private static Path plant(Path spare, String record) throws Exception {
        Files.createDirectory(spare, PosixFilePermissions.asFileAttribute(SpareDirectory.OWNER_ONLY));
        Files.writeString(spare.resolve("key"), record);
        mkfifo(spare.resolve("request"));
        mkfifo(spare.resolve("reply"));
        return spare;
    }

    private static void mkfifo(Path path) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", "-m", "600", path.toString()).start().waitFor());
    }

    private static long waitForProcess(PseudoTerminal terminal, String command) throws InterruptedException {
        for (int tries = 0; tries < 500; tries++) {
            for (ProcessHandle process : terminal.processes()) {
                if (process.info().command().map(c -> c.endsWith("/" + command)).orElse(false)) {
                    return process.pid();
                }
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new AssertionError(command + " never ran in the terminal");
    }

    private static String commandLine(long pid) {
        try {
            return Files.readString(ProcFiles.of(pid).resolve("cmdline"), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static String line(RandomAccessFile reply) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = reply.read(); b >= 0 && b != '\n'; b = reply.read()) {
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
