package dev.lede.cli;

import dev.lede.article.TerminalText;
import dev.lede.state.StateDir;
import dev.lede.tui.Tui;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * What happens when lede fails in a way it did not expect: the details (exception, stack trace,
 * thread, version) go to a log file under the state directory, and the user gets one line that
 * says what went wrong and where the details are. Never a stack trace on the terminal.
 */
public final class CrashReport {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Map<String, String> env;
    private final Clock clock;

    CrashReport(Map<String, String> env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    /**
     * For a crash handler, when an exception no code caught is about to end the process: gives
     * the terminal back if the reader holds it (first: the screen must be usable to read the
     * line), logs the details, and returns the one line for the user, safe to print. When even the
     * log fails (out of memory), the line says what went wrong without it.
     *
     * @param env the user's environment, which says where the log goes
     */
    public static String lineForCrash(Map<String, String> env, Throwable failure, Thread thread) {
        Tui.restoreTerminal();
        String line;
        try {
            // Made only now: the time zone it needs takes a while to load, and most runs never crash.
            line = new CrashReport(env, Clock.systemDefaultZone()).report(failure, thread);
        } catch (Throwable e) {
            line = Problems.describe(failure);
        }
        return "lede: " + TerminalText.line(line);
    }

    /**
     * Logs {@code failure} and returns the line for the user.
     *
     * @param thread the thread it happened on
     */
    String report(Throwable failure, Thread thread) {
        Path dir = StateDir.of(env);
        String what = Problems.describe(failure);
        if (dir == null) {
            return what + " (no crash log: neither XDG_STATE_HOME nor HOME is set)";
        }
        Path log = write(dir, failure, thread);
        return log == null ? what + " (no crash log could be written in " + dir + ")" : what + "; details in " + log;
    }

    /**
     * Writes the details under the state directory {@code dir}, made user-only, in a file only
     * the user can read (it names pages and files the user opened); returns the file, or
     * {@code null} when it cannot be written. Never in the temporary directory: another account
     * could read it there, or plant a link in its place.
     */
    Path write(Path dir, Throwable failure, Thread thread) {
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path file = Files.createFile(dir.resolve("crash-" + LocalDateTime.now(clock).format(FILE_TIME) + ".log"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, details(failure, thread), StandardCharsets.UTF_8);
            return file;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private String details(Throwable failure, Thread thread) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println("lede " + Version.VERSION + " failed at " + LocalDateTime.now(clock));
        out.println("thread: " + thread.getName());
        out.println("java: " + System.getProperty("java.version") + " on " + System.getProperty("os.name"));
        out.println();
        failure.printStackTrace(out);
        out.flush();
        return text.toString();
    }
}
