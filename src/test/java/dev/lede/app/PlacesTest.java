package dev.lede.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.layout.Anchor;
import dev.lede.state.Remembered;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacesTest {
    @TempDir
    Path dir;

    private static Clock at(long second) {
        return Clock.fixed(Instant.ofEpochSecond(second), ZoneOffset.UTC);
    }

    @Test
    void remembered_survivesToTheNextRun() {
        Places first = Places.open(dir, at(100));
        assertNull(first.remember("http://a.example/story", "A story", new Anchor(4, 30)));
        assertNull(first.remember(StartPage.TARGET, "lede", new Anchor(1, 0)), "the start page is not kept");
        Places next = Places.open(dir, at(200));
        assertEquals(Map.of("http://a.example/story", new Anchor(4, 30)), next.anchors());
        assertEquals(List.of(new Remembered("http://a.example/story", "A story", 4, 30, 100)), next.recent(10));
    }

    @Test
    void skippedPrefixes_areNotKept() {
        Places places = Places.open(dir, at(5)).skipping("http://127.0.0.1:4000/");
        places.remember("http://127.0.0.1:4000/world/story", "Demo", Anchor.TOP);
        places.remember("http://127.0.0.1:4001/world/story", "Elsewhere", Anchor.TOP);
        assertEquals(List.of("http://127.0.0.1:4001/world/story"),
                Places.open(dir, at(6)).recent(10).stream().map(Remembered::target).toList());
    }

    @Test
    void unwritableDirectory_isReportedOnce() throws Exception {
        Path file = dir.resolve("not-a-directory");
        java.nio.file.Files.writeString(file, "x");
        Places places = Places.open(file, at(1));
        assertEquals("Could not save reading places to " + file.resolve("places.tsv") + ".",
                places.remember("http://a.example/1", "A", Anchor.TOP));
        assertNull(places.remember("http://a.example/2", "B", Anchor.TOP), "said once, not on every page");
    }

    @Test
    void theStateDirectoryItMakes_itsPlacesAndLockFile_areTheUsersOnly() throws Exception {
        Path made = dir.resolve("state/lede");
        Places.open(made, at(100)).remember("http://a.example/story", "A story", new Anchor(4, 30));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));
        try (Stream<Path> files = Files.list(made)) {
            List<Path> all = files.toList();
            assertTrue(all.stream().anyMatch(file -> file.getFileName().toString().endsWith(".lock")), all.toString());
            for (Path file : all) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
            }
        }
    }
}
