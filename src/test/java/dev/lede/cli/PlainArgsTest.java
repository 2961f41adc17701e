package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command lines read without picocli mean exactly what picocli makes of them; the rest are left to it. */
class PlainArgsTest {
    private static final Map<String, String> ENV = Map.of("HOME", "/nonexistent");

    /** What a command line comes to: every field the options set. */
    private static String meaning(LedeCommand command) {
        return String.join("|", String.valueOf(command.inputs), String.valueOf(command.reading.demo),
                String.valueOf(command.reading.noColor), String.valueOf(command.reading.width),
                String.valueOf(command.output.dump), String.valueOf(command.output.format),
                String.valueOf(command.output.ascii), String.valueOf(command.fetching.offline),
                String.valueOf(command.fetching.prefetch), String.valueOf(command.fetching.timeoutSeconds),
                String.valueOf(command.general.verbose), String.valueOf(command.fetching.userAgent),
                String.valueOf(command.fetching.cacheDir), String.valueOf(command.config.file));
    }

    private static String byPicocli(String... args) {
        CommandLine cli = LedeCommand.commandLine(ENV);
        cli.parseArgs(args);
        return meaning(cli.getCommand());
    }

    private static String byPlainReading(PlainArgs plain) {
        LedeCommand fresh = LedeCommand.commandLine(ENV).getCommand();
        return meaning(fresh.given(plain));
    }

    @Test
    void everydayCommandLines_areReadPlainly_andMeanWhatPicocliReads() {
        List<String[]> lines = List.of(
                new String[] {},
                new String[] {"--demo"},
                new String[] {"https://example.com/news/story"},
                new String[] {"page.html.gz"},
                new String[] {"--dump", "a.html", "b.html"},
                new String[] {"--dump", "--format", "json", "a.html"},
                new String[] {"a.html", "--format", "markdown", "--dump"},
                new String[] {"--demo", "--dump", "--ascii", "--no-color", "--offline", "--verbose"},
                new String[] {"http://x.test/?a=b&c=--dump", ""},
                new String[] {"--width", "60", "a.html"},
                new String[] {"--prefetch", "0", "--timeout", "10", "https://example.com/"},
                new String[] {"--user-agent", "Mozilla/5.0 (X11)", "--cache-dir", "/tmp/c", "--config", "conf", "x"});
        for (String[] args : lines) {
            Optional<PlainArgs> plain = PlainArgs.of(args);
            assertTrue(plain.isPresent(), List.of(args).toString());
            assertEquals(byPicocli(args), byPlainReading(plain.get()), List.of(args).toString());
        }
    }

    @Test
    void anythingElse_isLeftToPicocli() {
        List<String[]> lines = List.of(
                new String[] {"--help"},
                new String[] {"-V"},
                new String[] {"--width=60"},
                new String[] {"--width", "060", "a.html"},
                new String[] {"--width", "-60"},
                new String[] {"--width", "sixty"},
                new String[] {"--width", "99999999999"},
                new String[] {"--width", "60", "--width", "70"},
                new String[] {"--width"},
                new String[] {"--user-agent", "--demo"},
                new String[] {"--config", ""},
                new String[] {"--cache-dir", "@dir"},
                new String[] {"--format=json", "--dump", "a.html"},
                new String[] {"--format", "yaml", "--dump"},
                new String[] {"--format"},
                new String[] {"--dump", "--dump"},
                new String[] {"--dump", "--format", "json", "--format", "text"},
                new String[] {"--", "--demo"},
                new String[] {"-"},
                new String[] {"@args.txt"},
                new String[] {"--dmeo"},
                new String[] {"-d"});
        for (String[] args : lines) {
            assertEquals(Optional.empty(), PlainArgs.of(args), List.of(args).toString());
        }
    }
}
