package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.testing.HostilePages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page full of terminal escape tricks: its words arrive in the article, its controls do not. */
class HostileExtractionTest {
    private static final String BASE = "https://hostile.example";

    @Test
    void extract_hostilePage_holdsNoTerminalControlAnywhere() {
        Article article = Extractor.extract(HostilePages.article(BASE), BASE + "/story");
        List<String> strings = HostilePages.strings(article);
        for (String s : strings) {
            assertEquals(List.of(), HostilePages.unsafeIn(s.replace('\t', ' ')), s);
        }
    }

    @Test
    void extract_hostilePage_keepsTheWordsAndShowsTheEscapes() {
        Article article = Extractor.extract(HostilePages.article(BASE), BASE + "/story");
        String all = String.join("\n", HostilePages.strings(article));
        for (String marker : HostilePages.MARKERS) {
            assertTrue(article.title().contains(marker), marker + " in " + article.title());
        }
        assertTrue(article.title().contains("␛]0;PWNEDTITLE␇"), "the escape is shown, not obeyed: " + article.title());
        assertTrue(article.text().contains("First paragraph"), article.text());
        assertTrue(all.contains("PWNEDREF"), "character references decoded, then cleaned");
        assertTrue(article.related().size() >= 1, "related list still found");
    }

    @Test
    void extractPlainText_controls_areCleaned() {
        Article article = Extractor.extractPlainText("Title\r\nbody " + HostilePages.ALL);
        for (String s : HostilePages.strings(article)) {
            assertEquals(List.of(), HostilePages.unsafeIn(s.replace('\t', ' ')), s);
        }
    }
}
