package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The configuration file through the command line: honoured, overridden, and forgiving of mistakes. */
class ConfigOptionsTest {
    @TempDir
    Path home;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LedeCommand.commandLine(Map.of("HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("conf").toString(), "XDG_CACHE_HOME", home.resolve("cache").toString()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String text) throws Exception {
        Path file = home.resolve("conf/lede/config");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void printConfig_withoutAFile_showsTheDefaults() {
        Run run = run("--print-config");
        assertEquals(0, run.exit());
        assertEquals("", run.err());
        assertTrue(run.out().contains("\nwidth = 72\n"), run.out());
        assertTrue(run.out().contains("\ntheme = color\n"), run.out());
        assertTrue(run.out().contains("\ntimeout = 30\n"), run.out());
        assertTrue(run.out().contains("\nkey.quit = q"), run.out());
    }

    @Test
    void everySettingChanged_isHonoured_andTheCommandLineWins() throws Exception {
        write("""
                width = 60
                theme = mono
                prefetch = 1
                timeout = 9
                user-agent = Tester/2
                proxy = http://127.0.0.1:3128
                key.quit = x Q
                """);
        Run run = run("--print-config", "--prefetch", "3");
        assertEquals(0, run.exit());
        assertEquals("", run.err());
        for (String line : new String[] {"width = 60", "theme = mono", "prefetch = 3", "timeout = 9",
                "user-agent = Tester/2", "proxy = http://127.0.0.1:3128", "key.quit = x Q"}) {
            assertTrue(run.out().contains("\n" + line + "\n"), line + " missing from\n" + run.out());
        }
    }

    @Test
    void printedConfig_readsBackToTheSameConfig() throws Exception {
        write("width = 50\nkey.page-down = f PgDn\n");
        String first = run("--print-config").out();
        write(first);
        Run again = run("--print-config");
        assertEquals("", again.err());
        assertEquals(first, again.out());
    }

    @Test
    void mistakes_areNamedWithFileAndLine_andLedeGoesOnWithTheDefaults() throws Exception {
        Path file = write("colour = red\nwidth = 50\nkey.jump = j\nkey.quit = Ctrl-Nope\n");
        Run run = run("--print-config");
        assertEquals(0, run.exit());
        String[] lines = run.err().split("\n");
        assertEquals(3, lines.length, run.err());
        assertTrue(lines[0].startsWith("lede: " + file + ":1: unknown key 'colour'; allowed: width, theme"), lines[0]);
        assertTrue(lines[1].startsWith("lede: " + file + ":3: unknown action 'jump'; actions: "), lines[1]);
        assertTrue(lines[1].contains("quit"), lines[1]);
        assertTrue(lines[2].startsWith("lede: " + file + ":4: unknown key 'Ctrl-Nope'"), lines[2]);
        assertTrue(run.out().contains("\nwidth = 50\n"), run.out());
        assertTrue(run.out().contains("\nkey.quit = q"), run.out());
    }

    @Test
    void keyBoundOnTwoLines_isNamedWithBothActionsAndLines_andTheLaterLineWins() throws Exception {
        Path file = write("# keys\nkey.line-down = j\nkey.page-down = Space j\n");
        Run run = run("--print-config");
        assertEquals(0, run.exit());
        assertEquals("lede: " + file + ":3: j is bound twice, to line-down on line 2 and to page-down here;"
                + " it does page-down\n", run.err());
        assertTrue(run.out().contains("\nkey.page-down = Space j\n"), run.out());
    }

    @Test
    void configOption_readsThatFile_andAMissingOneIsAUsageError() throws Exception {
        Path other = home.resolve("other.conf");
        Files.writeString(other, "width = 40\n");
        assertTrue(run("--config", other.toString(), "--print-config").out().contains("\nwidth = 40\n"));
        Run missing = run("--config", home.resolve("nope").toString(), "--print-config");
        assertEquals(2, missing.exit());
        assertEquals("lede: " + home.resolve("nope") + ": no such configuration file\n", missing.err());
    }

    @Test
    void noColorSet_winsOverThemeColor_inTheEffectiveConfiguration() throws Exception {
        write("theme = color\n");
        StringWriter out = new StringWriter();
        CommandLine cli = LedeCommand.commandLine(Map.of("HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("conf").toString(), "NO_COLOR", "1"));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cli.execute("--print-config"));
        assertTrue(out.toString().contains("\ntheme = mono\n"), out.toString());
    }

    @Test
    void noColorEmpty_meansNothing() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = LedeCommand.commandLine(Map.of("HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("conf").toString(), "NO_COLOR", ""));
        cli.setOut(new PrintWriter(out, true));
        assertEquals(0, cli.execute("--print-config"));
        assertTrue(out.toString().contains("\ntheme = color\n"), out.toString());
    }
}
