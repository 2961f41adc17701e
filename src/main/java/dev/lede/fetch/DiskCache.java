package dev.lede.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Fetched pages on disk, one file per URL, for revalidation and for reading offline.
 *
 * <p>Every write goes to a temporary file that is then renamed over the entry, so a reader
 * sees the old entry or the new one, never half of one. Each entry ends with a CRC-32 of
 * the rest; an entry that does not check out (a crash mid-write on a file system without
 * atomic rename, a full disk, a stray edit) is deleted and reported as absent, never shown.
 * The total size is kept under a bound by deleting the entries used least recently (an
 * entry's modification time is its last use). Thread-safe; several lede processes may share
 * the directory.
 */
public final class DiskCache {
    /** Default bound on the cache's total size. */
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

    private static final int MAGIC = 0x4C454445; // "LEDE"
    private static final int FORMAT = 1;
    private static final String SUFFIX = ".page";
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path directory;
    private final long maxBytes;
    /** The cache directory, made by lede: the user's only. */
    static final Set<PosixFilePermission> USER_ONLY = PosixFilePermissions.fromString("rwx------");
    private final Clock clock;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong damaged = new AtomicLong();

    /**
     * @param directory where entries live; created on the first write
     * @param maxBytes  bound on the total size of the entries
     * @param clock     what "now" is, for last-use times
     */
    public DiskCache(Path directory, long maxBytes, Clock clock) {
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /**
     * The directory the XDG base directory spec gives lede's cache: {@code $XDG_CACHE_HOME/lede},
     * else {@code ~/.cache/lede}.
     *
     * @param env  the environment, e.g. {@code System.getenv()}
     * @param home the user's home directory
     */
    public static Path defaultDirectory(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_CACHE_HOME");
        // The spec says a relative value is invalid and to be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("lede");
    }

    public Path directory() {
        return directory;
    }

    /**
     * The stored copy of {@code url}, marked as just used; empty when there is none or it was
     * damaged (and is now deleted).
     */
    public Optional<CachedPage> get(URI url) {
        Path file = fileFor(url);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            misses.incrementAndGet();
            return Optional.empty();
        } catch (IOException e) {
            misses.incrementAndGet();
            return Optional.empty();
        }
        Optional<CachedPage> entry = decode(bytes).filter(page -> page.url().equals(url));
        if (entry.isEmpty()) {
            damaged.incrementAndGet();
            misses.incrementAndGet();
            deleteQuietly(file);
            return Optional.empty();
        }
        hits.incrementAndGet();
        touch(file);
        return entry;
    }

    /**
     * Stores {@code entry} atomically, then trims the cache to its bound.
     *
     * @return whether it was stored; a cache that cannot be written is not an error for the reader
     */
    public boolean put(CachedPage entry) {
        byte[] bytes = encode(entry);
        if (bytes.length > maxBytes) {
            return false;
        }
        Path file = fileFor(entry.url());
        Path temp = null;
        try {
            // What the user read: user-only (the pages themselves are written 0600, as temporary files).
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(USER_ONLY));
            temp = Files.createTempFile(directory, file.getFileName().toString(), TEMP_SUFFIX);
            Files.write(temp, bytes);
            Files.setLastModifiedTime(temp, FileTime.from(clock.instant()));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temp != null) {
                deleteQuietly(temp);
            }
            return false;
        }
        trim();
        return true;
    }

    /** Marks {@code url}'s entry as confirmed current now (after a 304). */
    public void confirm(URI url) {
        touch(fileFor(url));
    }

    /** Deletes the entries used least recently until the total is within the bound; drops stray temporary files. */
    void trim() {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                try {
                    if (name.endsWith(SUFFIX)) {
                        entries.add(new Entry(file, Files.size(file), Files.getLastModifiedTime(file).toInstant()));
                    } else if (name.endsWith(TEMP_SUFFIX)
                            && Files.getLastModifiedTime(file).toInstant().isBefore(clock.instant().minusSeconds(3600))) {
                        deleteQuietly(file); // left by a process that died mid-write
                    }
                } catch (IOException e) {
                    // gone already, or unreadable: either way nothing to count
                }
            }
        } catch (IOException e) {
            return;
        }
        long total = entries.stream().mapToLong(Entry::size).sum();
        entries.sort(Comparator.comparing(Entry::lastUsed));
        for (Entry entry : entries) {
            if (total <= maxBytes) {
                break;
            }
            deleteQuietly(entry.file());
            total -= entry.size();
        }
    }

    /** Total size of the entries now stored. */
    public long size() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(SUFFIX)).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    /** Entries found damaged and dropped. */
    public long damaged() {
        return damaged.get();
    }

    Path fileFor(URI url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.toString().getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(digest, 0, 20) + SUFFIX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
        } catch (IOException e) {
            // Only the eviction order suffers.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Another process may have it; it will be tried again on the next trim.
        }
    }

    static byte[] encode(CachedPage entry) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(entry.page().body().length + 512);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            writeString(out, entry.url().toString());
            writeString(out, entry.page().url().toString());
            writeString(out, entry.page().contentType());
            writeString(out, entry.charsetName());
            writeString(out, entry.validators().etag());
            writeString(out, entry.validators().lastModified());
            out.writeLong(entry.storedAt().toEpochMilli());
            out.writeInt(entry.page().body().length);
            out.write(entry.page().body());
            CRC32 crc = new CRC32();
            crc.update(buffer.toByteArray());
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return buffer.toByteArray();
    }

    /** The entry in {@code bytes}, or empty when they are not a whole, undamaged entry. */
    static Optional<CachedPage> decode(byte[] bytes) {
        if (bytes.length < 16) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = 0;
        for (int i = bytes.length - 8; i < bytes.length; i++) {
            stored = stored << 8 | (bytes[i] & 0xFF);
        }
        if (stored != crc.getValue()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return Optional.empty();
            }
            URI url = URI.create(readString(in));
            URI finalUrl = URI.create(readString(in));
            String mediaType = readString(in);
            String charset = readString(in);
            Validators validators = new Validators(readString(in), readString(in));
            Instant storedAt = Instant.ofEpochMilli(in.readLong());
            byte[] body = new byte[in.readInt()];
            in.readFully(body);
            if (in.available() != 0) {
                return Optional.empty();
            }
            return Optional.of(new CachedPage(url, CachedPage.page(finalUrl, mediaType, charset, body), validators, storedAt));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.available()) {
            throw new IOException("bad length");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private record Entry(Path file, long size, Instant lastUsed) {
    }
}
