package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a user sees first: {@code --help}, {@code --version} and a mistyped option. */
class HelpAndVersionTest {
    private record Run(int exit, String out, String err) {
    }

    private static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LedeCommand.commandLine(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void help_groupsTheOptionsUnderHeadings_inOrder_andEndsWithExamples() {
        Run run = run(Map.of(), "--help");
        assertEquals(0, run.exit());
        assertEquals("", run.err());
        List<String> headings = List.of("Usage: lede", "Reading:", "Output:", "Fetching:", "Config:", "General:", "Examples:");
        int at = -1;
        for (String heading : headings) {
            int next = run.out().indexOf("\n" + heading);
            if (heading.startsWith("Usage")) {
                next = run.out().indexOf(heading);
            }
            assertTrue(next > at, heading + " missing or out of order in:\n" + run.out());
            at = next;
        }
        String fetching = run.out().substring(run.out().indexOf("Fetching:"), run.out().indexOf("Config:"));
        for (String option : List.of("--timeout", "--offline", "--cache-dir", "--prefetch", "--user-agent")) {
            assertTrue(fetching.contains(option), option + " not under Fetching:\n" + fetching);
        }
        assertTrue(run.out().contains("lede --dump page.html.gz"), run.out());
    }

    @Test
    void help_fitsAScreen() {
        Run run = run(Map.of(), "-h");
        long lines = run.out().lines().count();
        assertTrue(lines <= 52, lines + " lines:\n" + run.out());
        assertTrue(run.out().lines().allMatch(line -> line.length() <= 120), run.out());
    }

    @Test
    void version_namesLede_java_andTheXdgPlaces() {
        Run run = run(Map.of("XDG_CONFIG_HOME", "/tmp/conf", "XDG_CACHE_HOME", "/tmp/cache",
                "XDG_STATE_HOME", "/tmp/state", "HOME", "/home/reader"), "--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("lede "), run.out());
        assertTrue(run.out().contains("Java " + System.getProperty("java.version")), run.out());
        assertTrue(run.out().contains("config: /tmp/conf/lede/config\n"), run.out());
        assertTrue(run.out().contains("cache:  /tmp/cache/lede\n"), run.out());
        assertTrue(run.out().contains("state:  /tmp/state/lede\n"), run.out());
    }

    @Test
    void version_withoutXdgVariables_usesTheHomeDefaults() {
        Run run = run(Map.of("HOME", "/home/reader", "XDG_CONFIG_HOME", "relative/is/ignored"), "-V");
        assertTrue(run.out().contains("config: /home/reader/.config/lede/config\n"), run.out());
        assertTrue(run.out().contains("cache:  /home/reader/.cache/lede\n"), run.out());
        assertTrue(run.out().contains("state:  /home/reader/.local/state/lede\n"), run.out());
    }

    @Test
    void unknownOption_isOneLineAndAHint_exit2() {
        Run run = run(Map.of(), "--colour");
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("lede: Unknown option: '--colour'"), run.err());
        assertTrue(run.err().endsWith("Try 'lede --help' for more information.\n"), run.err());
    }
}
