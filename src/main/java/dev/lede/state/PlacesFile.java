package dev.lede.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reading places file, {@code places.tsv}: a header line, then one tab-separated line per
 * article (read-at seconds, unit, offset, target, title), most recent first. Plain text, so a
 * user can read or prune it.
 */
public final class PlacesFile {
    /** The file name inside the state directory. */
    public static final String NAME = "places.tsv";
    static final String HEADER = "# lede reading places v1";
    /** Articles kept; the least recently read fall off. */
    public static final int LIMIT = 500;
    /** Larger than any honest places file; a bigger one is not read into memory. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    /**
     * What was read.
     *
     * @param places  the places, most recently read first
     * @param problem one line for the user when the file could not be read (and was set aside), else {@code null}
     */
    public record Contents(List<Remembered> places, String problem) {
        public Contents {
            places = List.copyOf(places);
        }
    }

    /** The state directory, made by lede: the user's only. */
    static final Set<PosixFilePermission> USER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    /** The lock file: the user's only, so no one else can hold the lock and stall the user's saves. */
    static final Set<PosixFilePermission> USER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    /** File locks are held per process; threads of one process take turns here first. */
    private static final Object IN_PROCESS = new Object();

    private final Path file;

    /** The places file in {@code dir}, the state directory. */
    public PlacesFile(Path dir) {
        this.file = dir.resolve(NAME);
    }

    public Path path() {
        return file;
    }

    /**
     * Reads the file. A missing file is empty; an unreadable one is renamed to
     * {@code places.tsv.corrupt} (replacing an older one) and reported, and reading starts afresh.
     */
    public Contents read() {
        if (!Files.exists(file)) {
            return new Contents(List.of(), null);
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return setAside("it is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return setAside("it does not start with '" + HEADER + "'");
            }
            if (!text.endsWith("\n")) {
                return setAside("it was cut short"); // every line is written whole, newline included
            }
            List<Remembered> places = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isEmpty()) {
                    continue;
                }
                Remembered place = parse(lines.get(i));
                if (place == null) {
                    return setAside("line " + (i + 1) + " is not a reading place");
                }
                places.add(place);
            }
            return new Contents(newestFirst(places), null);
        } catch (IOException | RuntimeException e) {
            return setAside("it could not be read as UTF-8 text");
        }
    }

    private Contents setAside(String why) {
        Path corrupt = file.resolveSibling(NAME + ".corrupt");
        try {
            Files.move(file, corrupt, StandardCopyOption.REPLACE_EXISTING);
            return new Contents(List.of(), "Reading places were not readable (" + why + "); kept as " + corrupt
                    + " and started afresh.");
        } catch (IOException e) {
            return new Contents(List.of(), "Reading places were not readable (" + why + ") and " + file
                    + " could not be moved aside; places will not be saved this time.");
        }
    }

    private static Remembered parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 5 || fields[3].isEmpty()) {
            return null;
        }
        try {
            long readAt = Long.parseLong(fields[0]);
            int unit = Integer.parseInt(fields[1]);
            int offset = Integer.parseInt(fields[2]);
            if (unit < 0 || offset < 0) {
                return null;
            }
            return new Remembered(fields[3], fields[4], unit, offset, readAt);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Replaces the file with {@code places} (most recent first, at most {@link #LIMIT}, one per
     * target): written to a temporary file beside it, then renamed over it, so a crash leaves
     * the old file or the new one, never half of one.
     */
    public void write(List<Remembered> places) throws IOException {
        // The user's reading history: user-only, as the directory's files are (temporary files are 0600).
        Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(USER_ONLY_DIRECTORY));
        // Two lede processes each hold the places they read at start; merging with what is on
        // disk now, under a lock, keeps what the other one saved in the meantime.
        synchronized (IN_PROCESS) {
            try (FileChannel lockFile = FileChannel.open(file.resolveSibling(NAME + ".lock"),
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(USER_ONLY_FILE));
                 FileLock lock = lockFile.lock()) {
                List<Remembered> merged = new ArrayList<>(places);
                merged.addAll(onDisk());
                replace(merged);
            }
        }
    }

    /** The places in the file now; nothing when it is missing or unreadable (read() sets those aside). */
    private List<Remembered> onDisk() {
        try {
            if (!Files.exists(file) || Files.size(file) > MAX_BYTES) {
                return List.of();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return List.of();
            }
            List<Remembered> places = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                Remembered place = lines.get(i).isEmpty() ? null : parse(lines.get(i));
                if (place != null) {
                    places.add(place);
                }
            }
            return places;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private void replace(List<Remembered> places) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        int written = 0;
        for (Remembered place : newestFirst(places)) {
            if (written++ == LIMIT) {
                break;
            }
            text.append(place.readAt()).append('\t').append(place.unit()).append('\t').append(place.offset())
                    .append('\t').append(field(place.target())).append('\t').append(field(place.title())).append('\n');
        }
        Path temporary = Files.createTempFile(file.getParent(), NAME, ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** One entry per target, the most recent, newest first. */
    static List<Remembered> newestFirst(List<Remembered> places) {
        Map<String, Remembered> latest = new LinkedHashMap<>();
        for (Remembered place : places) {
            Remembered seen = latest.get(place.target());
            if (seen == null || place.readAt() > seen.readAt()) {
                latest.put(place.target(), place);
            }
        }
        List<Remembered> sorted = new ArrayList<>(latest.values());
        sorted.sort(Comparator.comparingLong(Remembered::readAt).reversed());
        return sorted;
    }

    /** Tabs and line breaks would split the record; they become spaces. */
    private static String field(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            out.append(Character.isISOControl(ch) ? ' ' : ch);
        }
        return out.toString();
    }
}
