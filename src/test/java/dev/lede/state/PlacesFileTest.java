package dev.lede.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacesFileTest {
    @TempDir
    Path dir;

    @Test
    void write_thenRead_givesThePlacesBack_newestFirst() throws IOException {
        PlacesFile file = new PlacesFile(dir.resolve("lede"));
        file.write(List.of(new Remembered("http://a.example/1", "First", 3, 120, 1000),
                new Remembered("/home/u/story.html", "Second\twith a tab", 7, 0, 2000)));
        PlacesFile.Contents read = file.read();
        assertNull(read.problem());
        assertEquals(List.of(new Remembered("/home/u/story.html", "Second with a tab", 7, 0, 2000),
                new Remembered("http://a.example/1", "First", 3, 120, 1000)), read.places());
    }

    @Test
    void write_leavesNoTemporaryFiles_andReplacesTheOldFile() throws IOException {
        PlacesFile file = new PlacesFile(dir);
        file.write(List.of(new Remembered("http://a.example/1", "A", 1, 1, 1)));
        file.write(List.of(new Remembered("http://b.example/2", "B", 2, 2, 2)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(PlacesFile.NAME), files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith(".lock")).toList()); // the lock file stays, empty
        }
        assertEquals("http://b.example/2", file.read().places().get(0).target());
    }

    @Test
    void write_keepsTheMostRecentUpToTheLimit_oncePerTarget() throws IOException {
        List<Remembered> many = new ArrayList<>();
        for (int i = 0; i < PlacesFile.LIMIT + 20; i++) {
            many.add(new Remembered("http://x.example/" + i, "t", 0, 0, i));
        }
        many.add(new Remembered("http://x.example/0", "t", 5, 5, 10_000));
        PlacesFile file = new PlacesFile(dir);
        file.write(many);
        List<Remembered> read = file.read().places();
        assertEquals(PlacesFile.LIMIT, read.size());
        assertEquals(new Remembered("http://x.example/0", "t", 5, 5, 10_000), read.get(0), "the newer visit wins");
    }

    @Test
    void corruptFile_isSetAside_withOneLine_andReadingStartsAfresh() throws IOException {
        PlacesFile file = new PlacesFile(dir);
        Files.writeString(file.path(), PlacesFile.HEADER + "\n12\tnot-a-number\t0\thttp://a\tA\n");
        PlacesFile.Contents read = file.read();
        assertEquals(List.of(), read.places());
        Path corrupt = dir.resolve(PlacesFile.NAME + ".corrupt");
        assertEquals("Reading places were not readable (line 2 is not a reading place); kept as " + corrupt
                + " and started afresh.", read.problem());
        assertTrue(Files.exists(corrupt));
        assertTrue(!Files.exists(file.path()));
        assertNull(file.read().problem(), "the next run starts clean");
    }

    @Test
    void binaryGarbage_isSetAside() throws IOException {
        PlacesFile file = new PlacesFile(dir);
        Files.write(file.path(), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n'});
        PlacesFile.Contents read = file.read();
        assertTrue(read.problem().startsWith("Reading places were not readable"), read.problem());
        assertTrue(Files.exists(dir.resolve(PlacesFile.NAME + ".corrupt")));
    }

    @Test
    void stateDir_followsXdg() {
        assertEquals(Path.of("/s/lede"), StateDir.of(Map.of("XDG_STATE_HOME", "/s", "HOME", "/h")));
        assertEquals(Path.of("/h/.local/state/lede"), StateDir.of(Map.of("XDG_STATE_HOME", "relative", "HOME", "/h")),
                "a relative XDG_STATE_HOME is ignored, as the spec says");
        assertEquals(Path.of("/h/.local/state/lede"), StateDir.of(Map.of("HOME", "/h")));
        assertNull(StateDir.of(Map.of()));
    }
}
