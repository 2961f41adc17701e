package dev.lede.launch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The launcher process a {@code dev.lede.launch.Spare} runs for, as Linux's {@code /proc} shows it: the terminal
 * its standard streams are, its environment, its working directory.
 *
 * @param tty              the terminal, such as {@code /dev/pts/3}
 * @param environment      the environment it was started with
 * @param workingDirectory where relative file names point
 */
public record Launcher(File tty, Map<String, String> environment, Path workingDirectory) {
    /**
     * The process {@code pid}, as a spare can stand in for it.
     *
     * @throws IOException saying why it cannot: the process's standard input, output and error
     *                     are not all one terminal (a pipe, a file), or {@code /proc} does not show
     *                     it (another user's process, or gone)
     */
    public static Launcher adopt(long pid) throws IOException {
        Path process = Path.of("/proc", Long.toString(pid));
        Path tty = Files.readSymbolicLink(process.resolve("fd/0"));
        if (!tty.startsWith("/dev/") || tty.startsWith("/dev/null")) {
            throw new IOException("standard input is not a terminal: " + tty);
        }
        for (String stream : new String[] {"fd/1", "fd/2"}) {
            Path other = Files.readSymbolicLink(process.resolve(stream));
            if (!other.equals(tty)) {
                throw new IOException(stream + " is " + other + ", not " + tty);
            }
        }
        Map<String, String> environment = environment(Files.readAllBytes(process.resolve("environ")));
        return new Launcher(tty.toFile(), environment, Files.readSymbolicLink(process.resolve("cwd")));
    }

    /** {@code /proc/PID/environ}'s NUL-ended {@code NAME=value} entries. */
    public static Map<String, String> environment(byte[] entries) {
        Map<String, String> environment = new HashMap<>();
        int start = 0;
        for (int i = 0; i <= entries.length; i++) {
            if (i == entries.length || entries[i] == 0) {
                String entry = new String(entries, start, i - start, StandardCharsets.UTF_8);
                int equals = entry.indexOf('=');
                if (equals > 0) {
                    environment.put(entry.substring(0, equals), entry.substring(equals + 1));
                }
                start = i + 1;
            }
        }
        return environment;
    }
}
