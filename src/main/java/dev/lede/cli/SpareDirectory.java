package dev.lede.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The directory where {@link Spare}s wait: which of them are alive, and for what. */
final class SpareDirectory {
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
                    // Of two starting at once, the older stays.
                    boolean serves = name.startsWith("ready.") || name.endsWith(".starting") && pid < self;
                    found |= serves && key.equals(keyOf(entry));
                } else {
                    Rehearsal.deleteTree(entry);
                }
            }
        }
        return found;
    }

    /** The process id in a spare's directory name ({@code ready.PID}, {@code PID.starting}...), or 0. */
    static long pidOf(String name) {
        String digits = name.endsWith(".starting") ? name.substring(0, name.length() - ".starting".length())
                : name.substring(name.indexOf('.') + 1);
        try {
            return Long.parseLong(digits);
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
