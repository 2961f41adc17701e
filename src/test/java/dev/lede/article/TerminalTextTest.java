package dev.lede.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void clean_oscWindowTitle_escapeAndBellBecomeVisible() {
        assertEquals("a␛]0;pwned␇b", TerminalText.clean("a\u001b]0;pwned\u0007b"));
    }

    @Test
    void clean_csiSequences_keepTheirWordsButLoseTheirEscape() {
        assertEquals("␛[2J␛[31mred␛[0m", TerminalText.clean("\u001b[2J\u001b[31mred\u001b[0m"));
    }

    @Test
    void clean_lineFeedAndTab_areKeptForLayout() {
        String pre = "line one\n\tindented";
        assertSame(pre, TerminalText.clean(pre));
    }

    @Test
    void clean_carriageReturns_endLines() {
        assertEquals("a\nb\nc", TerminalText.clean("a\r\nb\rc"));
    }

    @Test
    void line_breaksAndTabs_becomeSpaces() {
        assertEquals("a b c d", TerminalText.line("a\nb\tc\r\nd"));
    }

    @Test
    void clean_c1Controls_becomeWhatWindows1252Shows() {
        assertEquals("“quoted” – €5 ›2J", TerminalText.clean("\u0093quoted\u0094 \u0096 \u00805 \u009b2J"));
    }

    @Test
    void clean_c1WithoutWindows1252Meaning_becomesReplacement() {
        assertEquals("\uFFFD\uFFFD\uFFFD", TerminalText.clean("\u0081\u008d\u009d"));
    }

    @Test
    void clean_bidiOverridesAndIsolates_areRemoved() {
        assertEquals("exe.txt user", TerminalText.clean("\u202eexe.txt\u202c \u2066user\u2069"));
        for (int cp : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
            assertEquals("ab", TerminalText.clean("a" + (char) cp + "b"), Integer.toHexString(cp));
        }
    }

    @Test
    void clean_ordinaryScriptsEmojiAndMarks_areUntouched() {
        String text = "Zürich, 東京, עברית\u200f, emoji 😀, e\u0301, zero\u200bwidth";
        assertSame(text, TerminalText.clean(text));
    }

    @Test
    void clean_loneSurrogate_becomesReplacement() {
        assertEquals("a\uFFFDb", TerminalText.clean("a\ud83db"));
    }

    @Test
    void clean_delAndNul_becomeVisible() {
        assertEquals("␀a␡", TerminalText.clean("\u0000a\u007f"));
    }

    @Test
    void url_unsafeCharacters_arePercentEncoded() {
        assertEquals("https://x.example/a%1B]52;c;eA==%07/%E2%80%AE",
                TerminalText.url("https://x.example/a\u001b]52;c;eA==\u0007/\u202e"));
        assertEquals("https://x.example/%C2%9B", TerminalText.url("https://x.example/\u009b"));
    }

    @Test
    void nulls_stayNull() {
        assertNull(TerminalText.clean(null));
        assertNull(TerminalText.line(null));
        assertNull(TerminalText.url(null));
    }

    @Test
    void everyCodePoint_afterCleaning_isSafeExceptLineFeedAndTab() {
        StringBuilder all = new StringBuilder();
        for (int cp = 0; cp < 0x3000; cp++) {
            all.appendCodePoint(cp);
        }
        String cleaned = TerminalText.clean(all.toString());
        cleaned.codePoints().forEach(cp -> assertTrue(cp == '\n' || cp == '\t' || !TerminalText.isUnsafe(cp),
                () -> "U+" + Integer.toHexString(cp)));
        TerminalText.line(all.toString()).codePoints()
                .forEach(cp -> assertFalse(TerminalText.isUnsafe(cp), () -> "U+" + Integer.toHexString(cp)));
    }

    @Test
    void model_recordsCleanWhatTheyAreGiven() {
        String evil = "x\u001b]0;t\u0007\u202e";
        Span span = new Span(evil, Set.of(), "https://e.example/" + evil);
        assertEquals("x␛]0;t␇", span.text());
        assertEquals("https://e.example/x%1B]0;t%07%E2%80%AE", span.href());
        Article article = new Article(evil, evil, evil, evil, evil, evil, evil,
                List.of(new Block.Paragraph(List.of(span)), new Block.Preformatted(evil),
                        new Block.Figure(evil, evil, evil), new Block.PullQuote(evil, evil),
                        new Block.Table(List.of(List.of(evil)), false)),
                List.of(new RelatedLink(evil, evil)));
        assertEquals("x␛]0;t␇", article.title());
        assertEquals("x␛]0;t␇", article.related().get(0).title());
        assertEquals("x%1B]0;t%07%E2%80%AE", article.related().get(0).url());
        assertEquals("x␛]0;t␇", ((Block.Table) article.body().get(4)).rows().get(0).get(0));
        assertFalse(article.text().contains("\u001b"));
    }
}
