package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.lede.extract.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hand-written pages (site chrome around a headline, dateline, standfirst, subheads, a
 * pull-quote, a figure with its caption, lists, a block quote, tables) from HTML to the
 * 72-column text {@code lede --dump} prints, against text written by hand from what a reader
 * should see ({@code src/test/resources/dev/lede/golden/NAME.txt}). A change to extraction or
 * layout that a reader would notice shows in review as a change to those files.
 *
 * <p>On a mismatch the text lede made is left in {@code target/golden/NAME.txt}, to compare
 * with the expected file; never copy it over without reading it.
 */
class GoldenPagesTest {
    private static final int MEASURE = 72;
    private static final String DIRECTORY = "/dev/lede/golden/";
    private static final char NO_BREAK_SPACE = '\u00a0';

    private static String resource(String name) throws IOException {
        try (InputStream in = GoldenPagesTest.class.getResourceAsStream(DIRECTORY + name)) {
            assertNotNull(in, name + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tide-boards", "night-ferry", "harbour-letters"})
    void dump_handWrittenPage_at72Columns_readsAsWrittenByHand(String page) throws IOException {
        String html = resource(page + ".html");
        // A no-break space (lede's own, tying a link's number to its word, or a page's) looks like a
        // space, and the golden files hold what a reader sees.
        String made = TextFormat.format(Extractor.extract(html, "https://example.com/" + page), MEASURE)
                .replace(NO_BREAK_SPACE, ' ');
        String expected = resource(page + ".txt");
        if (!expected.equals(made)) {
            Path left = Path.of("target", "golden", page + ".txt");
            Files.createDirectories(left.getParent());
            Files.writeString(left, made, StandardCharsets.UTF_8);
        }
        assertEquals(expected, made, page + ": lede's text is in target/golden/" + page + ".txt");
    }
}
