package dev.lede.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two lede instances sharing one places file, and files cut short by a crash or a full disk. */
class PlacesSharingTest {
    @TempDir
    Path dir;

    @Test
    void twoInstances_eachSavesItsOwnPlaces_neitherLosesTheOthers() throws IOException {
        PlacesFile first = new PlacesFile(dir);
        PlacesFile second = new PlacesFile(dir);
        // Both started with an empty file; each reads a different article, then saves.
        first.write(List.of(new Remembered("http://a.example/1", "A", 1, 10, 100)));
        second.write(List.of(new Remembered("http://b.example/2", "B", 2, 20, 200)));
        PlacesFile.Contents read = new PlacesFile(dir).read();
        assertNull(read.problem());
        assertEquals(Set.of("http://a.example/1", "http://b.example/2"),
                read.places().stream().map(Remembered::target).collect(Collectors.toSet()));
    }

    @Test
    void twoInstancesWritingAtOnce_fileAlwaysWholeAndNothingLost() throws Exception {
        int writes = 40;
        List<Thread> instances = new ArrayList<>();
        for (String host : List.of("a", "b")) {
            instances.add(new Thread(() -> {
                PlacesFile file = new PlacesFile(dir);
                for (int i = 0; i < writes; i++) {
                    try {
                        file.write(List.of(new Remembered("http://" + host + ".example/" + i, host, 0, i, i + 1)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }));
        }
        instances.forEach(Thread::start);
        for (Thread instance : instances) {
            instance.join();
        }
        PlacesFile.Contents read = new PlacesFile(dir).read();
        assertNull(read.problem(), "never half a file");
        assertEquals(2 * writes, read.places().size());
    }

    @Test
    void truncatedFile_isSetAsideWithOneLine_andTheNextSaveWorks() throws IOException {
        PlacesFile file = new PlacesFile(dir);
        List<Remembered> places = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            places.add(new Remembered("http://x.example/" + i, "Story " + i, i, i, 1000 + i));
        }
        file.write(places);
        Path path = file.path();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            // cut in the middle of a line, as a crash mid-write of a non-atomic writer would
            channel.truncate(Files.readString(path).indexOf("Story 26") + 3);
        }
        PlacesFile.Contents read = new PlacesFile(dir).read();
        assertTrue(read.problem() != null && read.problem().contains(".corrupt"), String.valueOf(read.problem()));
        assertEquals(1, read.problem().lines().count());
        assertTrue(Files.exists(path.resolveSibling(PlacesFile.NAME + ".corrupt")));
        assertEquals(List.of(), read.places());
        file.write(List.of(new Remembered("http://y.example/", "Y", 1, 1, 5000)));
        assertEquals(1, new PlacesFile(dir).read().places().size());
    }
}
