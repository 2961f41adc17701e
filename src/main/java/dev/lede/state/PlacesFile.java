package dev.lede.state;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading places file, {@code places.tsv}: a header line, then one tab-separated line per
 * article (read-at seconds, unit, offset, target, title), most recent first. Plain text, so a
 * user can read or prune it; kept as every {@link TsvFile} is (atomic, locked, set aside when
 * unreadable, user-only).
 */
public final class PlacesFile {
    /** The file name inside the state directory. */
    public static final String NAME = "places.tsv";
    static final String HEADER = "# lede reading places v1";
    /** Articles kept; the least recently read fall off. */
    public static final int LIMIT = 500;

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

    private static final TsvFile.Format<Remembered> FORMAT = new TsvFile.Format<>() {
        @Override
        public String header() {
            return HEADER;
        }

        @Override
        public String recordName() {
            return "reading place";
        }

        @Override
        public Remembered parse(String[] fields) {
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

        @Override
        public List<String> fields(Remembered place) {
            return List.of(Long.toString(place.readAt()), Integer.toString(place.unit()),
                    Integer.toString(place.offset()), place.target(), place.title());
        }

        @Override
        public String key(Remembered place) {
            return place.target();
        }

        @Override
        public long time(Remembered place) {
            return place.readAt();
        }
    };

    private final TsvFile<Remembered> file;

    /** The places file in {@code dir}, the state directory. */
    public PlacesFile(Path dir) {
        this.file = new TsvFile<>(dir.resolve(NAME), FORMAT, "Reading places were",
                "; places will not be saved this time");
    }

    public Path path() {
        return file.path();
    }

    /**
     * Reads the file. A missing file is empty; an unreadable one is renamed to
     * {@code places.tsv.corrupt} (replacing an older one) and reported, and reading starts afresh.
     */
    public Contents read() {
        TsvFile.Read<Remembered> read = file.read();
        return new Contents(read.records(), read.problem());
    }

    /**
     * Replaces the file with {@code places} (most recent first, at most {@link #LIMIT}, one per
     * target), merged with what is on disk now: two lede processes each hold the places they read
     * at start, and merging under the lock keeps what the other one saved in the meantime.
     */
    public void write(List<Remembered> places) throws IOException {
        file.locked(() -> {
            List<Remembered> merged = new ArrayList<>(places);
            merged.addAll(file.readLenient());
            file.replace(file.newestFirst(merged), LIMIT);
            return null;
        });
    }
}
