package dev.lede.state;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * All of that is {@link TsvFile}'s; this class holds the record's format.
 */
public final class ReadingListFile {
    /** The file name inside the state directory. */
    public static final String NAME = "reading-list.tsv";
    static final String HEADER = "# lede reading list v1";
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

    private static final TsvFile.Format<Saved> FORMAT = new TsvFile.Format<>() {
        @Override
        public String header() {
            return HEADER;
        }

        @Override
        public String recordName() {
            return "saved article";
        }

        @Override
        public Saved parse(String[] fields) {
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

        @Override
        public List<String> fields(Saved entry) {
            return List.of(Long.toString(entry.savedAt()), entry.target(), entry.url() == null ? NO_URL : entry.url(),
                    entry.title());
        }

        @Override
        public String key(Saved entry) {
            return entry.target();
        }

        @Override
        public long time(Saved entry) {
            return entry.savedAt();
        }
    };

    private final TsvFile<Saved> file;

    /** The reading list in {@code dir}, the state directory. */
    public ReadingListFile(Path dir) {
        this.file = new TsvFile<>(dir.resolve(NAME), FORMAT, "The reading list was", "");
    }

    public Path path() {
        return file.path();
    }

    /**
     * Reads the list. A missing file is an empty list; an unreadable one is set aside as
     * {@code reading-list.tsv.corrupt} (replacing an older one) and reported.
     */
    public Contents read() {
        TsvFile.Read<Saved> read = file.read();
        return new Contents(read.records(), read.problem());
    }

    /**
     * Changes the list as {@code change} says, on what is in the file now, under the lock.
     *
     * @return the list after the change, with a problem found reading the file before it
     * @throws IOException when the list cannot be written
     */
    public Contents update(UnaryOperator<List<Saved>> change) throws IOException {
        return file.locked(() -> {
            TsvFile.Read<Saved> before = file.read();
            List<Saved> after = file.newestFirst(change.apply(new ArrayList<>(before.records())));
            file.replace(after, Integer.MAX_VALUE);
            return new Contents(after, before.problem());
        });
    }
}
