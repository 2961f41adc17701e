package dev.lede.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.Span;
import dev.lede.demo.DemoArticle;
import dev.lede.demo.DemoEdition;
import dev.lede.extract.Extractor;
import dev.lede.testing.Articles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resizing keeps the reader's place: the first word on screen is on the new top line. */
class ReflowTest {
    private static final int[] WIDTHS = {20, 33, 40, 57, 72, 100, 160};

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        DemoEdition edition = DemoEdition.load();
        for (DemoArticle demo : edition.articles()) {
            articles.add(Extractor.extract(edition.page(demo, "http://127.0.0.1:1"), "http://127.0.0.1:1" + demo.path()));
        }
        articles.add(Articles.numbered(25, 0));
        articles.add(nested());
        return articles;
    }

    /** Lists and quotes holding several blocks each: their anchors share one unit. */
    private static Article nested() {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<List<Block>> items = new ArrayList<>();
            for (int j = 0; j < 4; j++) {
                items.add(List.of(Articles.paragraph("Item " + i + "." + j + " carries enough words to wrap at a"
                        + " narrow measure, and then some more words follow it."),
                        new Block.Quote(List.of(Articles.paragraph("Quoted " + i + "." + j + " inside the item,"
                                + " long enough to wrap twice when narrow."),
                                new Block.PullQuote("Pulled " + i + "." + j + " said so", "someone")))));
            }
            body.add(new Block.ItemList(i % 2 == 0, 1, items));
            body.add(new Block.Figure(null, "alt " + i, "Caption " + i + " with a few words to wrap it over lines"));
        }
        return new Article(null, "Nested", null, null, null, null, null, body, List.of());
    }

    @Test
    void reflowedTop_keepsTheFirstVisibleWordOnTheTopLine_atEveryPairOfWidths() {
        for (Article article : articles()) {
            for (int from : WIDTHS) {
                Layout before = Layouter.layout(article, from);
                for (int to : WIDTHS) {
                    Layout after = Layouter.layout(article, to);
                    for (int top = 0; top < before.size(); top += 3) {
                        int first = firstTextLine(before, top);
                        if (first < 0) {
                            break;
                        }
                        if (inTable(before.line(first))) {
                            continue; // a table row shows other words as a grid than linearised
                        }
                        String word = firstWord(before.line(first));
                        int newTop = after.reflowedTop(before, top);
                        String shown = text(after.line(newTop)) + text(newTop + 1 < after.size() ? after.line(newTop + 1)
                                : after.line(newTop));
                        final int t = top;
                        assertTrue(shown.contains(word), () -> article.title() + ": " + from + "→" + to + " top " + t
                                + ": '" + word + "' not in new top line '" + after.line(newTop).text() + "'");
                    }
                }
            }
        }
    }

    private static boolean inTable(Line line) {
        return line.runs().stream().anyMatch(run -> run.role() == Role.TABLE)
                || line.runs().stream().allMatch(run -> run.role() == Role.STRONG || run.role() == Role.ORNAMENT);
    }

    private static int firstTextLine(Layout layout, int from) {
        for (int i = from; i < layout.size(); i++) {
            if (!text(layout.line(i)).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The line's words without bars, markers or spaces. */
    private static String text(Line line) {
        StringBuilder text = new StringBuilder();
        for (Run run : line.runs()) {
            if (run.role() != Role.ORNAMENT && run.role() != Role.LIST_MARKER) {
                text.append(run.text());
            }
        }
        return text.toString().replaceAll("\\s", "");
    }

    /** Up to 6 characters of the line's first word: enough to recognise it, short enough not to be split. */
    private static String firstWord(Line line) {
        StringBuilder text = new StringBuilder();
        for (Run run : line.runs()) {
            boolean columnLabel = run.role() == Role.STRONG && run.text().strip().endsWith(":"); // only a linearised table shows it
            if (run.role() != Role.ORNAMENT && run.role() != Role.LIST_MARKER && !columnLabel) {
                text.append(run.text());
            }
        }
        String word = text.toString().strip().split("\\s+")[0];
        return word.substring(0, Math.min(6, word.length()));
    }
}
