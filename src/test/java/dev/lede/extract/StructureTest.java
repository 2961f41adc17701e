package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lazy images kept as figures, links and images resolved against {@code <base href>}, hidden parts dropped. */
class StructureTest {
    private static final String PAGE = "https://news.example/2026/02/08/ferry";
    private static final String PROSE = "<p>The council agreed on Tuesday to keep the winter ferry running, whatever the"
            + " cost, after a long debate in the town hall that ran late into the night.</p>"
            + "<p>Islanders had argued for months that the crossing is their only road to the doctor, the school and"
            + " the shops, and that a winter without it would empty the village.</p>";

    private static Article article(String head, String body) {
        return Extractor.extract("<html><head>" + head + "</head><body><article>" + body + "</article></body></html>",
                PAGE);
    }

    private static List<Block.Figure> figures(Article a) {
        return a.body().stream().filter(Block.Figure.class::isInstance).map(Block.Figure.class::cast).toList();
    }

    @Test
    void lazyImage_placeholderSrcAndDataSrc_isKeptWithTheRealSource() {
        Article a = article("", PROSE + "<figure><img src='/img/blank.gif' data-src='/img/ferry.jpg' alt='The ferry'>"
                + "<figcaption>The ferry at dawn</figcaption></figure>" + PROSE);
        assertEquals(List.of(new Block.Figure("https://news.example/img/ferry.jpg", "The ferry", "The ferry at dawn")),
                figures(a));
    }

    @Test
    void lazyImage_onlySrcset_takesItsFirstCandidate() {
        Article a = article("", PROSE + "<figure><img srcset='/img/ferry-480.jpg 480w, /img/ferry-960.jpg 960w'"
                + " alt='The ferry'></figure>" + PROSE);
        assertEquals("https://news.example/img/ferry-480.jpg", figures(a).get(0).src());
    }

    @Test
    void pictureWithSourcesOnly_usesTheSourceSrcset() {
        Article a = article("", PROSE + "<figure><picture><source type='image/webp' srcset='/img/ferry.webp 1x'>"
                + "<img alt='The ferry'></picture><figcaption>The ferry</figcaption></figure>" + PROSE);
        assertEquals("https://news.example/img/ferry.webp", figures(a).get(0).src());
    }

    @Test
    void noscriptFallback_replacesAPlaceholderThatHasNoSource() {
        Article a = article("", PROSE + "<figure><img class='lazy' src='data:image/gif;base64,R0lGOD' alt=''>"
                + "<noscript><img src='/img/ferry.jpg' alt='The ferry'></noscript>"
                + "<figcaption>The ferry at dawn</figcaption></figure>" + PROSE);
        assertEquals(List.of(new Block.Figure("https://news.example/img/ferry.jpg", "The ferry", "The ferry at dawn")),
                figures(a));
    }

    @Test
    void noscriptFallback_isNotAddedTwiceBesideARealImage() {
        Article a = article("", PROSE + "<figure><img src='/img/ferry.jpg' alt='The ferry'>"
                + "<noscript><img src='/img/ferry.jpg' alt='The ferry'></noscript></figure>" + PROSE);
        assertEquals(1, figures(a).size());
    }

    @Test
    void baseHref_resolvesBodyLinksAndImages() {
        Article a = article("<base href='https://static.example/archive/'>", PROSE
                + "<p>See <a href='timetable.html'>the winter timetable</a> for the crossings this season, which"
                + " the council published alongside its decision on Tuesday evening.</p>"
                + "<figure><img src='ferry.jpg' alt='The ferry'></figure>" + PROSE);
        assertEquals("https://static.example/archive/ferry.jpg", figures(a).get(0).src());
        assertTrue(links(a).contains("https://static.example/archive/timetable.html"), links(a).toString());
    }

    @Test
    void hiddenElements_areDropped() {
        Article a = article("", PROSE + "<p hidden>HIDDEN-ATTRIBUTE text that no reader sees on the page at all.</p>"
                + "<p aria-hidden='true'>ARIA-HIDDEN text that screen readers are told to skip entirely.</p>"
                + "<div style='display: none'><p>DISPLAY-NONE text from a collapsed panel of the page.</p></div>"
                + "<p style='visibility:hidden'>VISIBILITY-HIDDEN text kept in the layout but not shown.</p>" + PROSE);
        for (String hidden : List.of("HIDDEN-ATTRIBUTE", "ARIA-HIDDEN", "DISPLAY-NONE", "VISIBILITY-HIDDEN")) {
            assertFalse(a.text().contains(hidden), hidden);
        }
        assertTrue(a.text().contains("winter ferry running"));
    }

    private static List<String> links(Article a) {
        List<String> out = new ArrayList<>();
        for (Block block : a.body()) {
            if (block instanceof Block.Paragraph p) {
                for (Span span : p.spans()) {
                    if (span.href() != null) {
                        out.add(span.href());
                    }
                }
            }
        }
        return out;
    }
}
