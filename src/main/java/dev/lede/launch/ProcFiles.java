package dev.lede.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** What Linux's {@code /proc} says about a process: its start time and owner. */
final class ProcFiles {
    /** A process id as the launcher writes it: digits only, never a sign (kill -1 is every process). */
    private static final Pattern PID = Pattern.compile("[1-9][0-9]{0,9}");
    /** Field 22 of /proc/PID/stat, counted from the state (field 3) that follows the command name. */
    private static final int START_TIME_AFTER_STATE = 22 - 3;

    private ProcFiles() {
    }

    /** The process id in {@code text}, or 0 when it is not digits only. */
    static long pid(String text) {
        return text != null && PID.matcher(text).matches() ? Long.parseLong(text) : 0;
    }

    /** The directory of process {@code pid}. */
    static Path of(long pid) {
        return Path.of("/proc", Long.toString(pid));
    }

    /**
     * The start time, in clock ticks since boot, from a /proc/PID/stat line: with the process id,
     * it names one process for good (an id is reused, an id and start time never).
     *
     * @throws IOException when the line is not one
     */
    static long startTime(String stat) throws IOException {
        // The command name (field 2) is in parentheses and may hold spaces and parentheses itself.
        int nameEnd = stat.lastIndexOf(')');
        String[] fields = stat.substring(nameEnd + 1).strip().split(" ");
        if (nameEnd < 0 || fields.length <= START_TIME_AFTER_STATE) {
            throw new IOException("not a stat line");
        }
        try {
            return Long.parseLong(fields[START_TIME_AFTER_STATE]);
        } catch (NumberFormatException e) {
            throw new IOException("not a stat line", e);
        }
    }

    /** The state of process {@code pid} (R, S, Z...) and the fields after it, from /proc/PID/stat. @throws IOException when it is gone */
    static String stat(long pid) throws IOException {
        String stat = Files.readString(of(pid).resolve("stat"), StandardCharsets.US_ASCII);
        return stat.substring(stat.lastIndexOf(')') + 1).strip();
    }

    /** The start time of process {@code pid}. @throws IOException when it is gone */
    static long startTime(long pid) throws IOException {
        return startTime(Files.readString(of(pid).resolve("stat"), StandardCharsets.US_ASCII));
    }

    /** The owner of {@code file}, itself when it is a link. */
    static int owner(Path file) throws IOException {
        return (Integer) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    }

    /** The user this process runs as. */
    static int ownUser() throws IOException {
        return owner(of(ProcessHandle.current().pid()));
    }
}
