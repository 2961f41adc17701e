package dev.lede.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.testing.Articles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page breaks at every height from 8 to 40 rows. */
class PagesTest {
    private static Article article() {
        List<Block> body = new ArrayList<>(Articles.numbered(30, 0).body());
        for (int i = body.size() - 3; i > 0; i -= 4) {
            body.add(i, new Block.PullQuote("A pull-quote long enough to take three or four lines at a narrow"
                    + " measure, set apart from the running text " + i, "Someone"));
        }
        return new Article(null, "Title", null, null, null, null, null, body, List.of());
    }

    @Test
    void pages_neverSplitAPullQuote_norStrandOneLineOfAParagraph() {
        Layout layout = Layouter.layout(article(), 36);
        for (int height = 8; height <= 40; height++) {
            Pages pages = Pages.of(layout, height);
            for (int p = 1; p < pages.count(); p++) {
                int start = pages.start(p);
                int foot = start - 1;
                while (!layout.line(foot).hasWords()) {
                    foot--;
                }
                Line top = layout.line(start);
                Line bottom = layout.line(foot);
                final int h = height;
                assertFalse(isPullQuote(top) && isPullQuote(bottom) && top.anchor().unit() == bottom.anchor().unit(),
                        () -> "pull-quote split at height " + h + ": " + bottom.text() + " / " + top.text());
                if (top.anchor().unit() == bottom.anchor().unit() && isBody(top)) {
                    // A paragraph split over a page break: two lines at least on each side.
                    assertTrue(foot >= 1 && layout.line(foot - 1).anchor().unit() == bottom.anchor().unit(),
                            () -> "orphan at height " + h + ": " + bottom.text());
                    assertTrue(start + 1 < layout.size() && layout.line(start + 1).anchor().unit() == top.anchor().unit(),
                            () -> "widow at height " + h + ": " + top.text());
                }
            }
        }
    }

    private static boolean isPullQuote(Line line) {
        return line.runs().stream().anyMatch(r -> r.role() == Role.PULL_QUOTE || r.role() == Role.META);
    }

    private static boolean isBody(Line line) {
        return line.runs().stream().anyMatch(r -> r.role() == Role.BODY);
    }
}
