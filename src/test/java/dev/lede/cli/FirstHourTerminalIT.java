package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged reader in a real pseudo-terminal, as a new user meets it: a terminal browser gets
 * the terminal (and the keys) and the reader comes back after it; a mistake in the configuration
 * shows on the first screen.
 */
class FirstHourTerminalIT {
    private static final Path JAR = Path.of("target", "lede.jar").toAbsolutePath();
    private static final String ALTERNATE_SCREEN_ON = "\u001b[?1049h";
    private static final String ALTERNATE_SCREEN_OFF = "\u001b[?1049l";

    @TempDir
    Path home;

    /** A stand-in for w3m: records its arguments, whether its input is a terminal, the tty's mode and a line typed. */
    private Path fakeBrowser(String name) throws IOException {
        Path script = home.resolve("bin").resolve(name);
        Files.createDirectories(script.getParent());
        Path seen = home.resolve("seen");
        Files.writeString(script, "#!/bin/sh\n"
                + "printf '%s\\n' \"$@\" > " + seen + ".argv\n"
                + "if [ -t 0 ]; then echo tty; else echo not-a-tty; fi > " + seen + ".stdin\n"
                + "stty -a > " + seen + ".stty\n"
                + "echo BROWSER-IS-READING\n"
                + "read line\n"
                + "echo \"$line\" > " + seen + ".typed\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void capitalB_withATerminalBrowser_handsItTheTerminal_andTakesItBack() throws Exception {
        Path browser = fakeBrowser("w3m");
        PseudoTerminal session = start(Map.of("BROWSER", "/no/such/browser:" + browser + " %s"), "--demo");
        session.readUntil("Athens accord");
        session.type("B");
        String handedOver = session.readUntil("BROWSER-IS-READING");
        session.type("typed in the browser\r");
        String back = session.readUntil("Back from " + browser);
        session.type("q");
        PseudoTerminal.Finished finished = session.finish();
        assertEquals(0, finished.status(), finished.output());

        Path seen = home.resolve("seen");
        List<String> argv = Files.readAllLines(Path.of(seen + ".argv"));
        assertEquals(1, argv.size(), argv.toString());
        assertTrue(argv.get(0).matches("http://127\\.0\\.0\\.1:\\d+/world/athens-accord-ghost-ships"), argv.toString());
        assertEquals("tty", Files.readString(Path.of(seen + ".stdin")).strip(), "the browser's input is the terminal");
        String stty = Files.readString(Path.of(seen + ".stty"));
        assertTrue(stty.contains(" icanon") && stty.contains(" echo ") && !stty.contains("-icanon"),
                "the tty is back in line mode with echo for the browser: " + stty);
        assertEquals("typed in the browser", Files.readString(Path.of(seen + ".typed")).strip(),
                "the reader took none of the browser's keys");
        int running = handedOver.lastIndexOf("BROWSER-IS-READING");
        assertTrue(handedOver.lastIndexOf(ALTERNATE_SCREEN_OFF) < running && handedOver.lastIndexOf(ALTERNATE_SCREEN_OFF) > 0,
                "the reader left the alternate screen before the browser ran");
        assertTrue(back.indexOf(ALTERNATE_SCREEN_ON, running) > running, "the reader took the screen back");
        assertTrue(back.indexOf("Athens accord", running) > running, "the article was drawn again");
    }

    @Test
    void configurationMistake_showsOnTheFirstScreensStatusLine() throws Exception {
        Path config = home.resolve("config").resolve("lede").resolve("config");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "width = 66\nwidht = 60\n");
        PseudoTerminal session = start(Map.of(), "--demo");
        String screen = session.readUntil("config:2: unknown key 'widht'");
        session.type("q");
        PseudoTerminal.Finished finished = session.finish();
        assertEquals(0, finished.status(), finished.output());
        assertTrue(screen.lastIndexOf("config:2: unknown key 'widht'") > screen.indexOf(ALTERNATE_SCREEN_ON),
                "on the reader's screen, not only before it");
    }

    private PseudoTerminal start(Map<String, String> extra, String... args) throws IOException {
        assumeTrue(PseudoTerminal.available(), "util-linux's script makes the pseudo-terminal");
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: mvn package builds it");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Map<String, String> env = new HashMap<>(extra);
        env.put("TERM", "xterm-256color");
        env.put("NO_COLOR", null);
        IsolatedHome.into(env, home);
        return PseudoTerminal.start(command, home, env);
    }
}
