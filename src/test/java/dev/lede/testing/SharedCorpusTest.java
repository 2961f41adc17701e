package dev.lede.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** A corpus test without its corpus skips, and says on one line which corpus is missing. */
class SharedCorpusTest {
    @TempDir
    Path root;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void require_missingCorpus_printsOneLineNamingIt_andSkips() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> SharedCorpus.require(root, "readability", "metadata rates not measured", out));
        String line = printed.toString(StandardCharsets.UTF_8);
        assertEquals(1, line.lines().count(), line);
        assertEquals("[skipped] corpus " + root.resolve("readability") + " is missing (looked in "
                + root.resolve("readability").toAbsolutePath() + "); metadata rates not measured\n", line);
        assertEquals(line.substring("[skipped] ".length()).strip(), skipped.getMessage());
    }

    @Test
    void require_presentCorpus_returnsIt_silently() throws Exception {
        Files.createDirectory(root.resolve("articles-dev"));
        assertEquals(root.resolve("articles-dev"), SharedCorpus.require(root, "articles-dev", "F1 not measured", out));
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }
}
