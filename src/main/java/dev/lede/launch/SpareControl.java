package dev.lede.launch;

import dev.lede.article.TerminalText;
import dev.lede.cli.ExitCode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code lede --spares} and {@code lede --stop-spares}: the user's spares on this machine, listed
 * (process id, age, memory held, key) or ended. Only processes that are the user's and started
 * when their spare's record says are listed or signalled; the directories of spares that are gone
 * are removed on the way.
 */
public final class SpareControl {
    /** Lists the spares. */
    public static final String LIST = "--spares";
    /** Ends the spares. */
    public static final String STOP = "--stop-spares";
    private static final long KB_PER_MB = 1024;

    private SpareControl() {
    }

    /** Whether {@code args} is one of this class's command lines, which lede runs without a reader. */
    public static boolean handles(String[] args) {
        return args.length == 1 && (args[0].equals(LIST) || args[0].equals(STOP));
    }

    /** Runs a {@link #handles} command line for this process's user; returns the exit status. */
    public static int run(String option) {
        return run(option, System.getenv(), System.out);
    }

    /** Runs {@code option} ({@link #LIST} or {@link #STOP}) for the user of {@code env}; returns the exit status. */
    static int run(String option, Map<String, String> env, PrintStream out) {
        Optional<Path> place = SpareDirectory.locate(env, SpareDirectory.host());
        if (place.isEmpty() || !Files.isDirectory(place.get())) {
            out.println(option.equals(LIST) ? "lede: no spares" : "lede: no spares to stop");
            return ExitCode.OK;
        }
        String unsafe = SpareDirectory.unsafe(place.get());
        if (unsafe != null) {
            out.println("lede: spares not read: " + TerminalText.line(unsafe));
            return ExitCode.INPUT_FAILED;
        }
        List<SpareDirectory.Entry> live;
        try {
            live = SpareDirectory.entries(place.get()).stream().filter(entry -> {
                if (SpareDirectory.alive(entry)) {
                    return true;
                }
                delete(entry.directory());
                return false;
            }).toList();
        } catch (IOException e) {
            out.println("lede: spares not read: " + TerminalText.line(e.getMessage()));
            return ExitCode.INPUT_FAILED;
        }
        if (option.equals(STOP)) {
            live.forEach(entry -> ProcessHandle.of(entry.pid()).ifPresent(ProcessHandle::destroy));
            out.println("lede: " + count(live.size()) + " stopped");
        } else if (live.isEmpty()) {
            out.println("lede: no spares");
        } else {
            out.printf("%-8s %-8s %-7s %-9s %s%n", "PID", "STATE", "AGE", "RSS", "KEY");
            for (SpareDirectory.Entry entry : live) {
                String name = entry.directory().getFileName().toString();
                out.printf("%-8d %-8s %-7s %-9s %s%n", entry.pid(), name.substring(0, name.indexOf('.')),
                        age(entry.pid()), rss(entry.pid()), TerminalText.line(entry.key()));
            }
        }
        return ExitCode.OK;
    }

    private static String count(int spares) {
        return spares == 1 ? "1 spare" : spares + " spares";
    }

    private static void delete(Path directory) {
        try {
            FileTrees.delete(directory);
        } catch (IOException e) {
            // listed again next time
        }
    }

    /** How long the process has run: 42s, 7m, 2h. */
    private static String age(long pid) {
        return ProcessHandle.of(pid).flatMap(handle -> handle.info().startInstant())
                .map(start -> Duration.between(start, Instant.now())).map(SpareControl::shortDuration).orElse("?");
    }

    static String shortDuration(Duration age) {
        if (age.toMinutes() < 1) {
            return age.toSeconds() + "s";
        }
        return age.toHours() < 1 ? age.toMinutes() + "m" : age.toHours() + "h";
    }

    /** The memory the process holds, from /proc/PID/status: 95 MB. */
    private static String rss(long pid) {
        try {
            for (String line : Files.readAllLines(ProcFiles.of(pid).resolve("status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / KB_PER_MB + " MB";
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone since
        }
        return "?";
    }
}
