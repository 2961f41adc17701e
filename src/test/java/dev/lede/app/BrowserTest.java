package dev.lede.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserTest {
    @TempDir
    Path dir;

    @Test
    void command_putsTheAddressWherePercentSIs_orLast() {
        assertEquals(List.of("firefox", "http://a/?q=1 2"), Browser.command("firefox", "http://a/?q=1 2"));
        assertEquals(List.of("open", "-a", "Safari", "http://a/"), Browser.command("open -a Safari %s", "http://a/"));
    }

    @Test
    void commands_areTheListInOrder_terminalBrowsersKnownByName_orByTheSetting() {
        List<Browser.Command> commands = Browser.commands("firefox:/usr/bin/w3m -o x %s:lynx", "https://a/", null);
        assertEquals(List.of(new Browser.Command(List.of("firefox", "https://a/"), false),
                new Browser.Command(List.of("/usr/bin/w3m", "-o", "x", "https://a/"), true),
                new Browser.Command(List.of("lynx", "https://a/"), true)), commands);
        assertTrue(Browser.commands("mybrowser", "https://a/", true).get(0).terminal(), "browser-terminal = true");
        assertEquals(false, Browser.commands("w3m", "https://a/", false).get(0).terminal(), "browser-terminal = false");
    }

    @Test
    void open_handsOverOnlyWebAddresses() {
        assertEquals("Only web addresses open in a browser.",
                Browser.open(Map.of("BROWSER", "firefox"), "file:///etc/passwd"));
        assertEquals("Only web addresses open in a browser.", Browser.open(Map.of("BROWSER", "firefox"), "javascript:x"));
    }

    @Test
    void open_terminalBrowser_withNoTerminalToLend_isOneLine() throws Exception {
        Path script = dir.resolve("w3m");
        Files.writeString(script, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        assertEquals("Could not start the browser '" + script + "'.",
                Browser.open(Map.of("BROWSER", script.toString()), "https://a/"));
    }

    @Test
    void unset_saysHowToSetIt() {
        assertEquals("Set $BROWSER to open pages in a browser.", Browser.open(Map.of(), "http://a/"));
        assertEquals("Set $BROWSER to open pages in a browser.", Browser.open(Map.of("BROWSER", "  "), "http://a/"));
    }

    @Test
    void open_startsTheFirstBrowser_withTheAddressAsOneArgument_inTheUsersEnvironment() throws Exception {
        Path seen = dir.resolve("seen");
        Path script = dir.resolve("browser.sh");
        Files.writeString(script, "#!/bin/sh\nprintf '%s|' \"$@\" \"$DISPLAY\" > " + seen + ".tmp && mv " + seen + ".tmp " + seen + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        // The user's environment, not the process's: a spare lede started elsewhere has another.
        Map<String, String> environment = Map.of("BROWSER", script + ":/no/such/browser",
                "PATH", System.getenv("PATH"), "DISPLAY", ":7");
        String message = Browser.open(environment, "http://a.example/x?y=1&z=2");
        assertEquals("Opened in " + script + ".", message);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(seen) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertEquals("http://a.example/x?y=1&z=2|:7|", Files.readString(seen));
    }

    @Test
    void missingProgram_isOneLine() {
        String message = Browser.open(Map.of("BROWSER", "/no/such/browser"), "http://a/");
        assertTrue(message.equals("Could not start the browser '/no/such/browser'."), message);
    }
}
