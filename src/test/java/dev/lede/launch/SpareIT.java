package dev.lede.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.testing.PseudoTerminal;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code dist/lede}) in a real pseudo-terminal, spares turned on, leaves a spare
 * lede behind, and the next run there is served by it: in the user's working directory, with the
 * user's environment of that moment, its output on the terminal and its exit status the
 * launcher's. Spares off (the default), a run leaves nothing behind.
 */
class SpareIT {
    private static final long WAIT_SECONDS = LauncherRuns.WAIT_SECONDS;

    @TempDir
    Path home;
    private LauncherRuns lede;

    @BeforeEach
    void inHome() {
        lede = new LauncherRuns(home);
    }

    @Test
    void theNextRunInATerminal_isServedByTheSpare_inTheUsersDirectoryAndEnvironment() throws Exception {
        long spare = lede.leaveSpare();

        // Another directory, and a configuration the spare's own environment does not point to.
        Path work = Files.createDirectories(home.resolve("work"));
        Files.writeString(work.resolve("page.html"), "<html><head><title>Harbour news</title></head><body><article>"
                + "<h1>Harbour cranes return</h1><p>" + "The cranes came back to the old harbour on Monday, ".repeat(8)
                + "after years of quiet.</p></article></body></html>");
        Path config = Files.createDirectories(home.resolve("elsewhere/lede"));
        Files.writeString(config.resolve("config"), "width = 40\n");
        PseudoTerminal.Finished dumped = lede.run(work, Map.of("XDG_CONFIG_HOME", config.getParent().toString()),
                "--dump", "page.html");

        assertEquals(0, dumped.status(), dumped.output());
        assertTrue(dumped.output().contains("Harbour cranes return"), dumped.output());
        List<String> body = dumped.output().lines().filter(line -> line.contains("cranes came back")
                || line.contains("harbour on Monday")).toList();
        assertFalse(body.isEmpty(), dumped.output());
        body.forEach(line -> assertTrue(line.strip().length() <= 40, "wider than the configured 40: " + line));
        lede.assertServed(spare);

        long next = lede.readySpare();
        PseudoTerminal.Finished missing = lede.run(work, Map.of(), "no-such-page.html");
        assertEquals(1, missing.status(), missing.output());
        assertTrue(missing.output().contains("lede: ") && missing.output().contains("no-such-page.html"),
                missing.output());
        assertFalse(missing.output().contains("Exception"), missing.output());
        lede.assertServed(next);
    }

    @Test
    void theReader_onASpare_drawsInTheTerminal_andGivesItBackOnQuit() throws Exception {
        long spare = lede.leaveSpare();
        PseudoTerminal reader = lede.start(home, Map.of(), "--demo");
        String screen = reader.readUntil("Athens accord");
        assertEquals(List.of(), LauncherRuns.javaIn(reader), "the launcher started a JVM of its own");
        reader.type("q");
        PseudoTerminal.Finished finished = reader.finish();
        assertEquals(0, finished.status(), finished.output());
        assertTrue(screen.contains("\u001b[?1049h"), "the reader did not take the screen");
        assertTrue(finished.output().contains("\u001b[?1049l"), "the screen was not given back");
        lede.assertServed(spare);
    }

    @Test
    void ctrlC_whileAPageLoads_endsTheRunOnTheSpare() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            long spare = lede.leaveSpare();
            PseudoTerminal dump = lede.start(home, Map.of(), "--dump", "http://127.0.0.1:" + silent.getLocalPort() + "/");
            try (Socket held = silent.accept()) { // the request came: an answer never will
                dump.type("\u0003");
                PseudoTerminal.Finished finished = dump.finish();
                assertEquals(130, finished.status(), finished.output());
                lede.assertServed(spare);
            }
        }
    }

    @Test
    void spareOnInTheConfigFile_leavesASpare_andStopSparesEndsIt() throws Exception {
        LauncherRuns.assumeTerminal();
        Path config = Files.createDirectories(home.resolve("config/lede"));
        Files.writeString(config.resolve("config"), "spare = on\n");
        assertEquals(0, lede.run(home, Map.of("LEDE_SPARE", ""), "--version").status());
        long spare = lede.readySpare();

        PseudoTerminal.Finished listed = lede.run(home, Map.of(), "--spares");
        assertEquals(0, listed.status(), listed.output());
        assertTrue(listed.output().lines().anyMatch(line -> line.startsWith(spare + " ") && line.contains("ready")
                && line.contains(" MB ") && line.contains(System.getProperty("java.home"))), listed.output());

        PseudoTerminal.Finished stopped = lede.run(home, Map.of(), "--stop-spares");
        assertEquals(0, stopped.status(), stopped.output());
        assertTrue(stopped.output().contains("1 spare stopped"), stopped.output());
        ProcessHandle.of(spare).ifPresent(process -> process.onExit().orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join());
        assertTrue(lede.run(home, Map.of(), "--spares").output().contains("no spares"));
    }

    @Test
    void aSpare_runsInRoot_holdsNoneOfItsStartersFiles_andIsTheFirstToGoWhenMemoryRunsOut() throws Exception {
        LauncherRuns.assumeTerminal();
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash opens descriptors above 9");
        Path held = Files.writeString(home.resolve("held-open"), "a file the caller holds open\n");
        Path work = Files.createDirectories(home.resolve("mounted"));
        String opened = "exec 7<'" + held + "' 12<'" + held + "'; exec '" + LauncherRuns.LAUNCHER + "' --version";
        assertEquals(0, PseudoTerminal.start(List.of("/bin/bash", "-c", opened), work, lede.environment(Map.of()))
                .finish().status());
        long spare = lede.readySpare();
        Path process = ProcFiles.of(spare);
        assertEquals(Path.of("/"), Files.readSymbolicLink(process.resolve("cwd")), "it holds its starter's directory");
        try (Stream<Path> descriptors = Files.list(process.resolve("fd"))) {
            List<String> targets = descriptors.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                    return "";
                }
            }).toList();
            assertFalse(targets.contains(held.toString()), "it holds its starter's file open: " + targets);
        }
        assertEquals("1000", Files.readString(process.resolve("oom_score_adj")).strip());
    }

    @Test
    void sparesOff_aRunInATerminal_leavesNoLedeProcessBehind() throws Exception {
        LauncherRuns.assumeTerminal();
        PseudoTerminal.Finished plain = lede.run(home, Map.of("LEDE_SPARE", ""), "--version");
        assertEquals(0, plain.status(), plain.output());
        PseudoTerminal.Finished off = lede.run(home, Map.of("LEDE_SPARE", "0"), "--version");
        assertEquals(0, off.status(), off.output());
        // A spare would start half a second after its run and make its directory as soon as its JVM is up.
        TimeUnit.SECONDS.sleep(3);
        assertEquals(List.of(), LauncherRuns.ledeProcessesUnder(home));
        assertFalse(Files.exists(lede.spares()), "a spare directory was made");
    }

    @Test
    void theLauncherUnderDash_printsNoStrayLines_withSparesOnOrOff() throws Exception {
        LauncherRuns.assumeTerminal();
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dash")), "Debian's sh");
        for (String spare : new String[] {"1", "0"}) {
            List<String> command = List.of("/usr/bin/dash", LauncherRuns.LAUNCHER.toString(), "--version");
            PseudoTerminal.Finished finished = PseudoTerminal.start(command, home, lede.environment(Map.of("LEDE_SPARE", spare)))
                    .finish();
            assertEquals(0, finished.status(), finished.output());
            List<String> lines = finished.output().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            assertTrue(lines.get(0).startsWith("lede "), finished.output());
            assertEquals(List.of(), lines.stream().filter(line -> !line.matches("(lede|Java|config:|cache:|state:) .*"))
                    .toList(), "stray lines with LEDE_SPARE=" + spare);
            if (spare.equals("1")) {
                lede.readySpare(); // then ended, so that it serves no run of the next round
                stopSpares();
            }
        }
    }

    @AfterEach
    void stopSpares() throws IOException {
        lede.stopSpares();
    }
}
