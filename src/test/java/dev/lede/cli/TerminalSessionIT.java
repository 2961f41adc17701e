package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.testing.IsolatedHome;
import dev.lede.testing.PseudoTerminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @TempDir
    Path home;

    @Test
    void demo_showsTheLeadsHeadline_andQuitGivesTheTerminalBack() throws Exception {
        PseudoTerminal session = start("--demo");
        String screen = session.readUntil("Athens accord");
        session.type("q");
        PseudoTerminal.Finished finished = session.finish();
        assertEquals(0, finished.status(), finished.output());
        assertTrue(screen.contains(ALTERNATE_SCREEN_ON), "the reader did not take the screen");
        assertTrue(finished.output().contains(ALTERNATE_SCREEN_OFF), "the screen was not given back");
        assertFalse(finished.output().contains("Exception"), finished.output());
    }

    @Test
    void missingFile_isOnePlainLine_andTheScreenIsNeverTaken() throws Exception {
        Path missing = home.resolve("no-such-page.html");
        PseudoTerminal.Finished finished = start(missing.toString()).finish();
        assertEquals(1, finished.status(), finished.output());
        assertTrue(finished.output().contains("lede: "), finished.output());
        assertTrue(finished.output().contains("no-such-page.html"), finished.output());
        assertFalse(finished.output().contains(ALTERNATE_SCREEN_ON), "the screen was taken for a page that never came");
        assertFalse(finished.output().contains("Exception"), finished.output());
    }

    private PseudoTerminal start(String... args) throws IOException {
        assumeTrue(PseudoTerminal.available(), "util-linux's script makes the pseudo-terminal");
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: mvn package builds it");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Map<String, String> env = new HashMap<>();
        env.put("TERM", "xterm-256color");
        env.put("NO_COLOR", null);
        IsolatedHome.into(env, home);
        return PseudoTerminal.start(command, home, env);
    }
}
