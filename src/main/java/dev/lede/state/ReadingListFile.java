package dev.lede.state;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The reading list, {@code reading-list.tsv} in the state directory: a header line, then one
 * tab-separated line per saved article (saved-at seconds, target, final URL or "-", title),
 * most recently saved first. Plain text, so a user can read or prune it.
 *
 * <p>Every change is read-modify-write under a lock file ({@code reading-list.tsv.lock}), so
 * two lede processes saving at once both keep what they saved; the file is replaced by
 * renaming a temporary file over it, so a crash leaves the old list or the new one. A file
 * that cannot be read is renamed {@code reading-list.tsv.corrupt} with a message, and the list
 * starts afresh. The directory is created user-only (0700), the files are user-only (0600).
 */
public final class ReadingListFile {
    /** The file name inside the state directory. */
    public static final String NAME = "reading-list.tsv";
    static final String HEADER = "# lede reading list v1";
    /** Larger than any honest reading list; a bigger one is not read into memory. */
    static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final String NO_URL = "-";

    /**
     * What was read.
     *
     * @param saved   the saved articles, most recently saved first
     * @param problem one line for the user when the file could not be read (and was set aside), else {@code null}
     */
    public record Contents(List<Saved> saved, String problem) {
        public Contents {
            saved = List.copyOf(saved);
        }
    }

    /** File locks are held per process; threads of one process take turns here first. */
    private static final Object IN_PROCESS = new Object();

    private final Path file;

    /** The reading list in {@code dir}, the state directory. */
    public ReadingListFile(Path dir) {
        this.file = dir.resolve(NAME);
    }

    public Path path() {
        return file;
    }

    /**
     * Reads the list. A missing file is an empty list; an unreadable one is set aside as
     * {@code reading-list.tsv.corrupt} (replacing an older one) and reported.
     */
    public Contents read() {
        synchronized (IN_PROCESS) {
            return parse();
        }
    }

    /**
     * Changes the list as {@code change} says, on what is in the file now, under the lock.
     *
     * @return the list after the change, with a problem found reading the file before it
     * @throws IOException when the list cannot be written
     */
    public Contents update(UnaryOperator<List<Saved>> change) throws IOException {
        UserOnly.createDirectory(file.getParent());
        synchronized (IN_PROCESS) {
            try (FileChannel lockFile = FileChannel.open(file.resolveSibling(NAME + ".lock"),
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), UserOnly.file());
                 FileLock lock = lockFile.lock()) {
                Contents before = parse();
                List<Saved> after = newestFirst(change.apply(new ArrayList<>(before.saved())));
                replace(after);
                return new Contents(after, before.problem());
            }
        }
    }

    private Contents parse() {
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
            List<Saved> saved = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isEmpty()) {
                    continue;
                }
                Saved entry = parseLine(lines.get(i));
                if (entry == null) {
                    return setAside("line " + (i + 1) + " is not a saved article");
                }
                saved.add(entry);
            }
            return new Contents(newestFirst(saved), null);
        } catch (IOException | RuntimeException e) {
            return setAside("it could not be read as UTF-8 text");
        }
    }

    private Contents setAside(String why) {
        Path corrupt = file.resolveSibling(NAME + ".corrupt");
        try {
            Files.move(file, corrupt, StandardCopyOption.REPLACE_EXISTING);
            return new Contents(List.of(), "The reading list was not readable (" + why + "); kept as " + corrupt
                    + " and started afresh.");
        } catch (IOException e) {
            return new Contents(List.of(), "The reading list was not readable (" + why + ") and " + file
                    + " could not be moved aside.");
        }
    }

    private static Saved parseLine(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 4 || fields[1].isEmpty()) {
            return null;
        }
        try {
            long savedAt = Long.parseLong(fields[0]);
            return new Saved(fields[1], fields[2].equals(NO_URL) ? null : fields[2], fields[3], savedAt);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void replace(List<Saved> saved) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Saved entry : saved) {
            text.append(entry.savedAt()).append('\t').append(field(entry.target())).append('\t')
                    .append(entry.url() == null ? NO_URL : field(entry.url())).append('\t')
                    .append(field(entry.title())).append('\n');
        }
        Path temporary = Files.createTempFile(file.getParent(), NAME, ".tmp", UserOnly.file()); // 0600 from the start
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

    /** Most recently saved first; one entry per target, the latest. */
    static List<Saved> newestFirst(List<Saved> saved) {
        java.util.Map<String, Saved> latest = new java.util.LinkedHashMap<>();
        for (Saved entry : saved) {
            Saved seen = latest.get(entry.target());
            if (seen == null || entry.savedAt() > seen.savedAt()) {
                latest.put(entry.target(), entry);
            }
        }
        List<Saved> sorted = new ArrayList<>(latest.values());
        sorted.sort(Comparator.comparingLong(Saved::savedAt).reversed());
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
