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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file of the user's state kept as tab-separated text: a header line, then one record per line,
 * newest first and one per key. Plain text, so a user can read or prune it.
 *
 * <p>It is read whole; a file that cannot be read is renamed {@code NAME.corrupt} (replacing an
 * older one) with one line for the user, and reading starts afresh. It is replaced by renaming a
 * temporary file over it, so a crash leaves the old file or the new one, never half of one.
 * Changes are made under a lock file ({@code NAME.lock}), so that two lede processes writing at
 * once each keep what the other wrote. The directory is created 0700, the files 0600.
 *
 * @param <T> a record
 */
final class TsvFile<T> {
    /** Larger than any honest state file; a bigger one is not read into memory. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    /** How the records of one file are written, read back and ordered. */
    interface Format<T> {
        /** The first line, naming the file's kind and version. */
        String header();

        /** What a record is, for "line 3 is not a ..." ("reading place"). */
        String recordName();

        /** The record in a line's fields, or {@code null} when they do not make one. */
        T parse(String[] fields);

        /** The record's fields, in the order {@link #parse} reads them. */
        List<String> fields(T record);

        /** What makes two records the same entry (the newer is kept). */
        String key(T record);

        /** When the record was made, in seconds since the epoch: newest first. */
        long time(T record);
    }

    /**
     * What was read.
     *
     * @param records the records, newest first
     * @param problem one line for the user when the file could not be read (and was set aside), else {@code null}
     */
    record Read<T>(List<T> records, String problem) {
    }

    /** An action on the file taken under its lock. */
    interface Locked<R> {
        R run() throws IOException;
    }

    /** File locks are held per process; threads of one process take turns here first. */
    private static final Object IN_PROCESS = new Object();

    private final Path file;
    private final Format<T> format;
    /** The file as the user is told of it: "Reading places were", "The reading list was". */
    private final String subject;
    /** Said when the unreadable file cannot even be moved aside ("" or " ...this time."). */
    private final String whenStuck;

    TsvFile(Path file, Format<T> format, String subject, String whenStuck) {
        this.file = file;
        this.format = format;
        this.subject = subject;
        this.whenStuck = whenStuck;
    }

    Path path() {
        return file;
    }

    /** Reads the file; a missing file has no records, an unreadable one is set aside and reported. */
    Read<T> read() {
        synchronized (IN_PROCESS) { // not while another thread of this process sets it aside
            return readNow();
        }
    }

    private Read<T> readNow() {
        if (!Files.exists(file)) {
            return new Read<>(List.of(), null);
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return setAside("it is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            if (lines.isEmpty() || !lines.get(0).equals(format.header())) {
                return setAside("it does not start with '" + format.header() + "'");
            }
            if (!text.endsWith("\n")) {
                return setAside("it was cut short"); // every line is written whole, newline included
            }
            List<T> records = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isEmpty()) {
                    continue;
                }
                T record = format.parse(lines.get(i).split("\t", -1));
                if (record == null) {
                    return setAside("line " + (i + 1) + " is not a " + format.recordName());
                }
                records.add(record);
            }
            return new Read<>(newestFirst(records), null);
        } catch (IOException | RuntimeException e) {
            return setAside("it could not be read as UTF-8 text");
        }
    }

    /**
     * The records in the file now, skipping lines that make none; nothing when it is missing or
     * unreadable ({@link #read} sets those aside, this never does).
     */
    List<T> readLenient() {
        try {
            if (!Files.exists(file) || Files.size(file) > MAX_BYTES) {
                return List.of();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(format.header())) {
                return List.of();
            }
            List<T> records = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                T record = lines.get(i).isEmpty() ? null : format.parse(lines.get(i).split("\t", -1));
                if (record != null) {
                    records.add(record);
                }
            }
            return records;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Runs {@code action} holding the file's lock, against this process's threads and other processes. */
    <R> R locked(Locked<R> action) throws IOException {
        UserOnly.createDirectory(file.getParent());
        synchronized (IN_PROCESS) {
            try (FileChannel lockFile = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), UserOnly.file());
                 FileLock lock = lockFile.lock()) {
                return action.run();
            }
        }
    }

    /** Replaces the file with the first {@code limit} of {@code records} (already newest first). */
    void replace(List<T> records, int limit) throws IOException {
        StringBuilder text = new StringBuilder(format.header()).append('\n');
        int written = 0;
        for (T record : records) {
            if (written++ == limit) {
                break;
            }
            text.append(String.join("\t", format.fields(record).stream().map(TsvFile::field).toList())).append('\n');
        }
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp",
                UserOnly.file()); // 0600 from the start
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

    /** One record per key, the newest, newest first. */
    List<T> newestFirst(List<T> records) {
        Map<String, T> latest = new LinkedHashMap<>();
        for (T record : records) {
            T seen = latest.get(format.key(record));
            if (seen == null || format.time(record) > format.time(seen)) {
                latest.put(format.key(record), record);
            }
        }
        List<T> sorted = new ArrayList<>(latest.values());
        sorted.sort(Comparator.comparingLong(format::time).reversed());
        return sorted;
    }

    private Read<T> setAside(String why) {
        Path corrupt = file.resolveSibling(file.getFileName() + ".corrupt");
        try {
            Files.move(file, corrupt, StandardCopyOption.REPLACE_EXISTING);
            return new Read<>(List.of(), subject + " not readable (" + why + "); kept as " + corrupt
                    + " and started afresh.");
        } catch (IOException e) {
            return new Read<>(List.of(), subject + " not readable (" + why + ") and " + file
                    + " could not be moved aside" + whenStuck + ".");
        }
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
