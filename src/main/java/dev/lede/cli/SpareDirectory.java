package dev.lede.cli;

import dev.lede.launch.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directory where {@link Spare}s wait: which of them are alive, and for what. A spare's own
 * directory is named after its state and process id; the launcher ({@code dist/lede}) reads the
 * same names.
 */
final class SpareDirectory {
    static final String STARTING = "starting.";
    static final String READY = "ready.";
    static final String CLAIMED = "claimed.";
    static final String RETIRED = "retired.";

    private SpareDirectory() {
    }

    /**
     * Whether a live spare other than {@code self}, ready or started before it, has {@code key}. Directories
     * of spares that died (killed, or the machine went down) are removed on the way.
     */
    static boolean anotherServes(Path directory, String key, long self) throws IOException {
        boolean found = false;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                long pid = pidOf(entry.getFileName().toString());
                if (pid <= 0 || pid == self) {
                    continue;
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    String name = entry.getFileName().toString();
                    // Of two starting at once, the one with the lower process id stays.
                    boolean serves = name.startsWith(READY) || name.startsWith(STARTING) && pid < self;
                    found |= serves && key.equals(keyOf(entry));
                } else {
                    FileTrees.delete(entry);
                }
            }
        }
        return found;
    }

    /** The directory of spare {@code pid} in {@code state}: {@link #STARTING}, {@link #READY}... */
    static Path of(Path directory, String state, long pid) {
        return directory.resolve(state + pid);
    }

    /** The process id in a spare's directory name ({@code ready.PID}, {@code starting.PID}...), or 0. */
    static long pidOf(String name) {
        try {
            return Long.parseLong(name.substring(name.indexOf('.') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String keyOf(Path spare) {
        try {
            return Files.readString(spare.resolve("key"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return null;
        }
    }
}
