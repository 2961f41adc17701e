package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.app.ArticleLoader;
import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.RelatedLink;
import dev.lede.demo.DemoArticle;
import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every demo article, fetched over HTTP from the demo server and extracted, gives back exactly
 * what its resource file says: headline, date, byline, standfirst, pull-quote, caption and the
 * related list the page shows — and none of the page's noise.
 */
class DemoEditionExtractionIT {
    private static DemoServer server;
    private static ArticleLoader loader;

    @BeforeAll
    static void startServer() {
        server = DemoServer.start(DemoEdition.load());
        loader = new ArticleLoader(new Fetcher(FetchOptions.defaults("test")), FetchOptions.DEFAULT_MAX_BYTES);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static Stream<DemoArticle> articles() {
        return DemoEdition.load().articles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void demoArticle_extracts_metadataAsWritten(DemoArticle demo) throws Exception {
        Article article = loader.load(server.url(demo), false);
        assertEquals(demo.title(), article.title());
        assertEquals(demo.published(), article.published());
        assertEquals(demo.byline(), article.byline());
        assertEquals(demo.standfirst(), article.standfirst());
        assertEquals("The Lede Gazette", article.site());
        assertEquals(server.url(demo), article.url());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void demoArticle_pullQuote_isSetApartAndNotRepeatedInText(DemoArticle demo) throws Exception {
        Article article = loader.load(server.url(demo), false);
        assertEquals(List.of(demo.pullQuote()), article.pullQuotes());
        // The body quotes the sentence once in a paragraph; the pull-quote must not add a second copy.
        assertEquals(1, occurrences(article.text(), demo.pullQuote()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void demoArticle_figure_keepsAltAndCaptionWithoutCredit(DemoArticle demo) throws Exception {
        Article article = loader.load(server.url(demo), false);
        List<Block.Figure> figures = article.body().stream()
                .filter(Block.Figure.class::isInstance).map(Block.Figure.class::cast).toList();
        assertEquals(1, figures.size());
        assertEquals(demo.imageAlt(), figures.get(0).alt());
        assertEquals(demo.caption(), figures.get(0).caption());
        assertEquals(server.base() + "/img/" + demo.slug() + ".jpg", figures.get(0).src());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void demoArticle_related_isTheOtherArticlesInPageOrder(DemoArticle demo) throws Exception {
        Article article = loader.load(server.url(demo), false);
        List<RelatedLink> expected = server.edition().relatedTo(demo).stream()
                .map(other -> new RelatedLink(other.title(), server.url(other))).toList();
        assertEquals(expected, article.related());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void demoArticle_text_holdsNoneOfThePageNoise(DemoArticle demo) throws Exception {
        String text = loader.load(server.url(demo), false).text();
        for (String noise : List.of("cookies", "Accept all", "Share on", "Copy link", "0:00", "Newsletter",
                "Sign up", "Related Articles", "Advertisement", "All rights reserved", "Focus on the big picture",
                "Skip to content")) {
            assertFalse(text.contains(noise), () -> "noise in text: " + noise);
        }
        assertFalse(text.contains(demo.standfirst()), "the standfirst has its own field");
        assertFalse(text.contains("Photo:"), "photo credits are not body text");
        assertTrue(text.length() > 3000, "the body is all there");
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
