package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk cache on real files, with a clock the test moves. */
class DiskCacheTest {
    @TempDir
    Path dir;

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private static CachedPage entry(String url, String body) {
        URI uri = URI.create(url);
        Page page = new Page(URI.create(url + "?final"), URI.create(url + "?final"), "text/html",
                body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return new CachedPage(uri, page, new Validators("\"v1\"", "Wed, 21 Oct 2015 07:28:00 GMT"),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private void later() {
        now = now.plus(Duration.ofMinutes(1));
    }

    @Test
    void put_thenGet_givesBackPageAndValidators() {
        DiskCache cache = new DiskCache(dir, DiskCache.DEFAULT_MAX_BYTES, clock);
        assertTrue(cache.put(entry("https://a.example/story", "<p>Café</p>")));
        CachedPage back = cache.get(URI.create("https://a.example/story")).orElseThrow();
        assertEquals("<p>Café</p>", back.page().text());
        assertEquals(URI.create("https://a.example/story?final"), back.page().url());
        assertEquals(new Validators("\"v1\"", "Wed, 21 Oct 2015 07:28:00 GMT"), back.validators());
        assertEquals(1, cache.hits());
    }

    @Test
    void get_unknownUrl_isAMiss() {
        DiskCache cache = new DiskCache(dir, DiskCache.DEFAULT_MAX_BYTES, clock);
        assertEquals(Optional.empty(), cache.get(URI.create("https://a.example/none")));
        assertEquals(1, cache.misses());
    }

    @Test
    void damagedEntry_isDroppedAndNeverShown() throws IOException {
        DiskCache cache = new DiskCache(dir, DiskCache.DEFAULT_MAX_BYTES, clock);
        URI url = URI.create("https://a.example/story");
        cache.put(entry(url.toString(), "<p>the real text</p>"));
        Path file = cache.fileFor(url);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20; // one flipped bit in the body
        Files.write(file, bytes);

        assertEquals(Optional.empty(), cache.get(url));
        assertFalse(Files.exists(file), "a damaged entry is deleted");
        assertEquals(1, cache.damaged());
    }

    @Test
    void truncatedEntry_isDropped() throws IOException {
        DiskCache cache = new DiskCache(dir, DiskCache.DEFAULT_MAX_BYTES, clock);
        URI url = URI.create("https://a.example/story");
        cache.put(entry(url.toString(), "<p>the real text</p>"));
        Path file = cache.fileFor(url);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 20));
        assertEquals(Optional.empty(), cache.get(url));
    }

    @Test
    void writes_leaveNoTemporaryFilesBehind() throws IOException {
        DiskCache cache = new DiskCache(dir, DiskCache.DEFAULT_MAX_BYTES, clock);
        cache.put(entry("https://a.example/1", "<p>one</p>"));
        cache.put(entry("https://a.example/1", "<p>one, again</p>"));
        assertEquals(List.of(cache.fileFor(URI.create("https://a.example/1"))), files());
        assertEquals("<p>one, again</p>", cache.get(URI.create("https://a.example/1")).orElseThrow().page().text());
    }

    @Test
    void overTheBound_theLeastRecentlyUsedEntryGoes() {
        long entrySize = DiskCache.encode(entry("https://a.example/1", "x".repeat(1000))).length;
        DiskCache cache = new DiskCache(dir, entrySize * 3, clock);
        cache.put(entry("https://a.example/1", "x".repeat(1000)));
        later();
        cache.put(entry("https://a.example/2", "x".repeat(1000)));
        later();
        cache.put(entry("https://a.example/3", "x".repeat(1000)));
        later();
        cache.get(URI.create("https://a.example/1")); // 1 is read: now 2 is the least recently used
        later();
        cache.put(entry("https://a.example/4", "x".repeat(1000)));

        assertTrue(cache.get(URI.create("https://a.example/1")).isPresent());
        assertTrue(cache.get(URI.create("https://a.example/2")).isEmpty());
        assertTrue(cache.get(URI.create("https://a.example/3")).isPresent());
        assertTrue(cache.get(URI.create("https://a.example/4")).isPresent());
        assertTrue(cache.size() <= entrySize * 3);
    }

    @Test
    void defaultDirectory_followsXdg() {
        Path home = Path.of("/home/reader");
        assertEquals(Path.of("/var/cache/me/lede"),
                DiskCache.defaultDirectory(Map.of("XDG_CACHE_HOME", "/var/cache/me"), home));
        assertEquals(Path.of("/home/reader/.cache/lede"), DiskCache.defaultDirectory(Map.of(), home));
        assertEquals(Path.of("/home/reader/.cache/lede"),
                DiskCache.defaultDirectory(Map.of("XDG_CACHE_HOME", "relative/dir"), home));
    }

    @Test
    void unwritableDirectory_isNotAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        DiskCache cache = new DiskCache(file.resolve("lede"), DiskCache.DEFAULT_MAX_BYTES, clock);
        assertFalse(cache.put(entry("https://a.example/1", "<p>one</p>")));
        assertEquals(Optional.empty(), cache.get(URI.create("https://a.example/1")));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void theCacheDirectoryItMakes_andThePagesInIt_areTheUsersOnly() throws IOException {
        Path made = dir.resolve("cache/lede");
        assertTrue(new DiskCache(made, DiskCache.DEFAULT_MAX_BYTES, clock).put(entry("https://a.example/story", "<p>x</p>")));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made.getParent())));
        try (Stream<Path> files = Files.list(made)) {
            for (Path file : files.toList()) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
            }
        }
    }
}
