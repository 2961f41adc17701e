package dev.lede.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.Span;
import dev.lede.extract.Extractor;
import dev.lede.fetch.FetchException;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links in pages: only http and https are ever fetched; other schemes get one line, never a read. */
class PageLinksTest {
    private final ArticleLoader loader =
            new ArticleLoader(new Fetcher(FetchOptions.defaults("test")), FetchOptions.DEFAULT_MAX_BYTES);

    @Test
    void load_otherSchemes_areRefusedWithOneLine() {
        for (String target : List.of("javascript:alert(document.cookie)", "data:text/html,<p>hi</p>",
                "file:///etc/passwd", "ftp://example.com/x", "mailto:someone@example.com", "vbscript:x")) {
            FetchException e = assertThrows(FetchException.class, () -> loader.load(target, false), target);
            assertTrue(e.getMessage().startsWith("not opened: only http and https"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    void load_invalidWebAddress_saysSo() {
        FetchException e = assertThrows(FetchException.class, () -> loader.load("http://[not an address/", false));
        assertTrue(e.getMessage().startsWith("not a valid web address"), e.getMessage());
    }

    @Test
    void extract_linksInALocalPage_neverNameALocalPath() {
        String html = "<article><p>See <a href=\"other.html\">a relative page</a>, <a href=\"/etc/passwd\">a root path</a>,"
                + " <a href=\"javascript:alert(1)\">a script</a> and <a href=\"http://[bad\">a broken address</a>"
                + " in a paragraph long enough to be the article.</p></article>";
        Article article = Extractor.extract(html, "file:///tmp/page.html");
        List<String> targets = ((Block.Paragraph) article.body().get(0)).spans().stream()
                .filter(Span::isLink).map(Span::href).toList();
        for (String target : targets) {
            assertTrue(target.matches("^[a-z]+:.*"), "every link names its scheme, so none reads as a path: " + target);
            assertFalse(Targets.isWeb(target) && target.startsWith("file"), target);
        }
        assertEquals(4, targets.size(), targets.toString());
        for (String target : targets) {
            if (!Targets.isWeb(target)) {
                assertThrows(FetchException.class, () -> loader.load(target, false), target);
            }
        }
    }
}
