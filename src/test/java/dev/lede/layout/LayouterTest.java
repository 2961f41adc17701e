package dev.lede.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.Span;
import dev.lede.demo.DemoArticle;
import dev.lede.demo.DemoEdition;
import dev.lede.extract.Extractor;
import dev.lede.testing.Articles;
import dev.lede.testing.Words;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayouterTest {
    private static final String BASE = "http://127.0.0.1:8080";

    private static List<Article> demoArticles() {
        DemoEdition edition = DemoEdition.load();
        List<Article> articles = new ArrayList<>();
        for (DemoArticle demo : edition.articles()) {
            articles.add(Extractor.extract(edition.page(demo, BASE), BASE + demo.path()));
        }
        return articles;
    }

    @Test
    void dateline_breaksBetweenItsParts_neverInsideOne() {
        String words = String.join(" ", java.util.Collections.nCopies(900, "word"));
        Article article = new Article(null, "Headline", null, "Eleni Markou and Daniel Ferreira", "2026-02-08",
                "en", null, List.of(Articles.paragraph(words)), List.of());
        assertEquals(List.of("By Eleni Markou and Daniel Ferreira", "Sunday, 8 February 2026 · 4 min read"),
                metaLines(Layouter.layout(article, 40)));
        assertEquals(List.of("By Eleni Markou and Daniel Ferreira · Sunday, 8 February 2026 · 4 min read"),
                metaLines(Layouter.layout(article, 100)));
    }

    private static final String SAID = "A ship without an owner is a problem that belongs to everyone.";

    private static List<Block> filler(int paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= paragraphs; i++) {
            blocks.add(Articles.paragraph("Paragraph " + i + " goes on about the harbour at some length, with words"
                    + " enough to fill two or three lines at the default measure of seventy-two columns."));
        }
        return blocks;
    }

    private static int lineOf(Layout layout, String text) {
        for (int i = 0; i < layout.size(); i++) {
            if (layout.line(i).text().contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void pullQuote_repeatingTheSentenceJustRead_movesAScreenDown_toAParagraphBoundary() {
        List<Block> body = new ArrayList<>();
        body.add(Articles.paragraph("The talks ended at dawn. She added: \u201c" + SAID + "\u201d"));
        body.add(new Block.PullQuote(SAID, null));
        body.addAll(filler(20));
        Layout layout = Layouter.layout(new Article(null, "Accord", null, null, null, "en", null, body, List.of()), 72);
        int said = lineOf(layout, "She added");
        int quote = lineOf(layout, "\u2503 \u201cA ship without");
        assertTrue(quote - said >= 20, "the quote is a screen below the sentence it repeats: " + said + ", " + quote);
        assertTrue(layout.line(quote - 1).isBlank() && layout.line(quote - 2).text().endsWith("columns."),
                "after a whole paragraph");
        assertEquals(1, layout.lines().stream().filter(line -> line.text().contains("\u2503 \u201cA ship")).count());
    }

    @Test
    void pullQuote_repeatingTheSentenceJustRead_nearTheEnd_isDropped() {
        List<Block> body = new ArrayList<>(filler(3));
        body.add(Articles.paragraph("She added: \u201c" + SAID + "\u201d"));
        body.add(new Block.PullQuote(SAID, null));
        body.addAll(filler(2));
        Layout layout = Layouter.layout(new Article(null, "Accord", null, null, null, "en", null, body, List.of()), 72);
        assertEquals(-1, lineOf(layout, "\u2503"), "no room a screen below: the quote is not set");
    }

    @Test
    void pullQuote_notInTheTextAbove_staysWhereThePagePutIt() {
        List<Block> body = new ArrayList<>(filler(2));
        body.add(new Block.PullQuote(SAID, null));
        body.addAll(filler(2));
        Layout layout = Layouter.layout(new Article(null, "Accord", null, null, null, "en", null, body, List.of()), 72);
        assertTrue(lineOf(layout, "\u2503") > lineOf(layout, "Paragraph 2 ") && lineOf(layout, "\u2503") < lineOf(layout, "Paragraph 1 ", 10),
                "between the second paragraph and the next");
    }

    private static int lineOf(Layout layout, String text, int from) {
        for (int i = from; i < layout.size(); i++) {
            if (layout.line(i).text().contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void headline_withNothingBetweenItAndTheBody_standsApartByABlankLine() {
        Article bare = new Article(null, "A headline alone", null, null, null, "en", null,
                List.of(Articles.paragraph("The body begins.")), List.of());
        Layout layout = Layouter.layout(bare, 40);
        assertEquals("A headline alone", layout.line(0).text().strip());
        assertTrue(layout.line(1).isBlank(), "in mono, bold alone would make it one more subhead");
    }

    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {40, 60, 72})
    void dateline_readingTimeWouldBeAlone_takesTheDateWithIt(int width) {
        String words = String.join(" ", java.util.Collections.nCopies(900, "word"));
        Article article = new Article(null, "Headline", null, "Eleni Markou and Daniel Ferreira", "2026-02-08",
                "en", null, List.of(Articles.paragraph(words)), List.of());
        assertEquals(List.of("By Eleni Markou and Daniel Ferreira", "Sunday, 8 February 2026 · 4 min read"),
                metaLines(Layouter.layout(article, width)));
    }

    private static List<String> metaLines(Layout layout) {
        return layout.lines().stream().filter(line -> line.text().contains("Sunday") || line.text().contains("min read")
                || line.text().startsWith("By ")).map(line -> line.text().strip()).toList();
    }

    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {10, 20, 33, 40, 72, 100, 160})
    void layout_demoEdition_noLineWiderThanWidth(int width) {
        for (Article article : demoArticles()) {
            Layout layout = Layouter.layout(article, width);
            for (Line line : layout.lines()) {
                assertTrue(line.width() <= width,
                        () -> "line of width " + line.width() + " at " + width + ": " + line.text());
            }
        }
    }

    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {24, 40, 72, 120})
    void layout_paragraphs_everyWordOnceInOrder(int width) {
        Article article = Articles.numbered(30, 0);
        List<String> bodyWords = Words.of(article.text());
        List<String> laidOut = new ArrayList<>();
        Layout layout = Layouter.layout(article, width);
        boolean body = false;
        for (Line line : layout.lines()) {
            body |= line.anchor().unit() >= Layouter.FIRST_BODY_UNIT;
            if (body) {
                laidOut.addAll(Words.of(line.text()));
            }
        }
        assertEquals(bodyWords, laidOut);
    }

    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {30, 72})
    void layout_demoEdition_bodyWordsAllAppearInOrder(int width) {
        for (Article full : demoArticles()) {
            // Preformatted text is never re-wrapped, so at narrow widths it is clipped by design;
            // a table too wide for the measure is linearised, repeating its header in each row.
            Article article = new Article(full.url(), full.title(), full.site(), full.byline(), full.published(),
                    full.lang(), full.standfirst(),
                    full.body().stream()
                            .filter(b -> !(b instanceof Block.Preformatted) && !(b instanceof Block.Table)).toList(), full.related());
            StringBuilder shown = new StringBuilder();
            for (Line line : Layouter.layout(article, width).lines()) {
                shown.append(line.text()).append('\n');
            }
            assertTrue(Words.isSubsequence(Words.of(article.text()), Words.of(shown.toString())),
                    () -> "words lost or reordered in " + article.title());
        }
    }

    @Test
    void layout_header_showsHeadlineStandfirstAndDateline() {
        Article article = Articles.numbered(3, 0);
        List<Line> lines = Layouter.layout(article, 72).lines();
        assertEquals("A headline for the test article", lines.get(0).text());
        assertEquals(Role.HEADLINE, lines.get(0).runs().get(0).role());
        assertEquals("A standfirst that sums the story up.", lines.get(2).text());
        assertEquals("By Jane Doe · Sunday, 8 February 2026 · 1 min read", lines.get(4).text());
    }

    @Test
    void layout_wordLongerThanWidth_isHardBrokenWithinWidth() {
        String url = "https://example.com/a/very/long/path/that/does/not/fit/on/one/line/at/all.html";
        Article article = new Article(null, "", null, null, null, null, null,
                List.of(new Block.Paragraph(List.of(Span.plain("See " + url + " now")))), List.of());
        List<Line> lines = Layouter.layout(article, 20).lines();
        StringBuilder joined = new StringBuilder();
        for (Line line : lines) {
            assertTrue(line.width() <= 20, line.text());
            joined.append(line.text());
        }
        assertTrue(joined.toString().replace(" ", "").contains(url), "nothing of the URL is lost");
    }

    @Test
    void layout_pullQuote_isSetApartWithBarAndQuotes() {
        Article article = new Article(null, "", null, null, null, null, null,
                List.of(new Block.PullQuote("Short and memorable.", null)), List.of());
        Line line = Layouter.layout(article, 72).lines().get(0);
        assertTrue(line.text().contains("┃ “Short and memorable.”"), line.text());
        assertTrue(line.runs().stream().anyMatch(run -> run.role() == Role.PULL_QUOTE));
    }

    @Test
    void pages_neverEndWithAHeading() {
        Article article = Articles.numbered(60, 0);
        for (int height = 5; height <= 30; height++) {
            Layout layout = Layouter.layout(article, 40);
            Pages pages = Pages.of(layout, height);
            for (int p = 0; p < pages.count(); p++) {
                int start = pages.start(p);
                int shown = pages.visibleLines(start);
                assertTrue(shown <= height);
                int last = start + shown - 1;
                while (last > start && layout.line(last).isBlank()) {
                    last--;
                }
                Line foot = layout.line(last);
                final int h = height;
                assertFalse(foot.runs().stream().anyMatch(r -> r.role() == Role.HEADING),
                        () -> "heading at the foot of a page at height " + h + ": " + foot.text());
            }
        }
    }

    @Test
    void pages_coverEveryLineOnce() {
        Layout layout = Layouter.layout(Articles.numbered(40, 0), 50);
        Pages pages = Pages.of(layout, 17);
        int covered = 0;
        for (int p = 0; p < pages.count(); p++) {
            int start = pages.start(p);
            assertTrue(start >= covered, "pages do not overlap");
            for (int i = covered; i < start; i++) {
                assertTrue(layout.line(i).isBlank(), "only blank lines fall between pages");
            }
            covered = start + pages.visibleLines(start);
        }
        assertEquals(layout.size(), covered);
    }
}
