package dev.lede.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingListFileTest {
    @TempDir
    Path home;

    private Path state() {
        return home.resolve("state").resolve("lede");
    }

    private static List<Saved> adding(List<Saved> list, Saved entry) {
        List<Saved> changed = new ArrayList<>(list);
        changed.add(entry);
        return changed;
    }

    @Test
    void saved_readsBackNewestFirst_withTitlesAddressesAndDates() throws IOException {
        ReadingListFile file = new ReadingListFile(state());
        file.update(list -> adding(list, new Saved("http://a.example/1", "http://a.example/one", "First\tstory", 100)));
        file.update(list -> adding(list, new Saved("notes/page.html", null, "A file", 200)));
        ReadingListFile.Contents read = new ReadingListFile(state()).read();
        assertNull(read.problem());
        assertEquals(List.of(new Saved("notes/page.html", null, "A file", 200),
                new Saved("http://a.example/1", "http://a.example/one", "First story", 100)), read.saved());
    }

    @Test
    void stateDirectoryAndFiles_areTheUsersAlone() throws IOException {
        ReadingListFile file = new ReadingListFile(state());
        file.update(list -> adding(list, new Saved("http://a.example/1", null, "One", 1)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(state())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file.path().resolveSibling(ReadingListFile.NAME + ".lock"))));
    }

    @Test
    void corruptFile_isSetAsideWithAMessage_andTheListStartsAfresh() throws IOException {
        Files.createDirectories(state());
        Path path = new ReadingListFile(state()).path();
        Files.writeString(path, ReadingListFile.HEADER + "\nnot a number\thttp://x\t-\tX\n", StandardCharsets.UTF_8);
        ReadingListFile.Contents read = new ReadingListFile(state()).read();
        assertEquals(List.of(), read.saved());
        assertTrue(read.problem().contains("line 2 is not a saved article")
                && read.problem().contains(ReadingListFile.NAME + ".corrupt"), read.problem());
        assertTrue(Files.exists(path.resolveSibling(ReadingListFile.NAME + ".corrupt")));
        new ReadingListFile(state()).update(list -> adding(list, new Saved("http://b.example/", null, "B", 5)));
        assertEquals(1, new ReadingListFile(state()).read().saved().size(), "saving works again");
    }

    @Test
    void fileCutShort_isSetAside() throws IOException {
        Files.createDirectories(state());
        Path path = new ReadingListFile(state()).path();
        Files.writeString(path, ReadingListFile.HEADER + "\n12\thttp://x/\t-\tHalf", StandardCharsets.UTF_8);
        assertTrue(new ReadingListFile(state()).read().problem().contains("cut short"));
    }

    @Test
    void update_keepsWhatAnotherWriterSavedInTheMeantime() throws IOException {
        ReadingListFile mine = new ReadingListFile(state());
        ReadingListFile theirs = new ReadingListFile(state());
        mine.update(list -> adding(list, new Saved("http://a.example/", null, "A", 1)));
        theirs.update(list -> adding(list, new Saved("http://b.example/", null, "B", 2)));
        ReadingListFile.Contents after = mine.update(list -> adding(list, new Saved("http://c.example/", null, "C", 3)));
        assertEquals(List.of("http://c.example/", "http://b.example/", "http://a.example/"),
                after.saved().stream().map(Saved::target).toList());
    }
}
