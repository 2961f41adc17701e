package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lede.app.ArticleLoader;
import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.fetch.FetchException;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.layout.Layout;
import dev.lede.layout.Layouter;
import dev.lede.layout.Line;
import dev.lede.layout.TextWidth;
import dev.lede.testing.HostilePages;
import dev.lede.testing.MalformedHtml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile HTML through extract and layout. The bound asserted is structural, not
 * timed: both stages run on a thread with a quarter of the JVM's default stack (so no recursion
 * may follow the input's depth), the model nests no deeper than {@link BlockBuilder#MAX_BLOCK_NESTING},
 * no line is wider than the measure, the number of lines is linear in the article's text, and
 * no string holds a terminal control.
 */
class MalformedInputIT {
    /** A quarter of the 1 MiB default thread stack on 64-bit Linux. */
    static final long SMALL_STACK = 256 * 1024;
    static final int WIDTH = 60;
    static final int DEEP = 100_000;
    static final int MIXED_DEEP = 5_000;
    static final int GENERATED_PAGES = 100;

    @TempDir
    Path dir;

    @Test
    void generatedBrokenPages_extractAndLayOutWithinTheBound() {
        for (long seed = 1; seed <= GENERATED_PAGES; seed++) {
            String html = new MalformedHtml(seed).page(200 + (int) (seed * 97 % 20_000));
            check("seed " + seed, html);
        }
    }

    @Test
    void mixedEncodingFiles_readExtractAndLayOut() throws Exception {
        ArticleLoader loader = new ArticleLoader(new Fetcher(FetchOptions.defaults("test")), FetchOptions.DEFAULT_MAX_BYTES);
        for (long seed = 1; seed <= 20; seed++) {
            Path file = dir.resolve("mixed-" + seed + ".html");
            Files.write(file, new MalformedHtml(seed).mixedEncodings(5_000 + (int) seed * 300));
            String name = "mixed seed " + seed;
            onSmallStack(name, () -> {
                try {
                    Article article = loader.load(file.toString(), true);
                    assertValid(name, article, Layouter.layout(article, WIDTH));
                } catch (FetchException e) {
                    // "not an HTML file" is a fair answer to some byte soups; it is one line, not a crash
                    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
                }
            });
        }
    }

    @Test
    void nestingFarBeyondTheParsersCap_everyKindOfElement() {
        String[] kinds = {"div", "blockquote", "ul><li", "ol><li><p", "b", "span", "a href=/x", "table><tr><td",
                "em><strong", "section", "figure", "p"};
        // Every kind mixed, ten times deeper than the parser's cap of 512 levels; block kinds as
        // deep as 100,000 cost extraction O(512 x elements) in scoring, tens of seconds.
        StringBuilder html = new StringBuilder("<html><body><article>");
        for (int i = 0; i < MIXED_DEEP; i++) {
            html.append('<').append(kinds[i % kinds.length]).append('>').append(i % 7 == 0 ? "word, " : "");
        }
        check("5000 deep, every kind mixed", html.toString());
        check("100000 deep divs", "<body>" + "<div>".repeat(DEEP) + "deep text" + "</div>".repeat(DEEP));
        check("100000 deep inline", "<body><p>" + "<b><i>x ".repeat(DEEP / 2));
    }

    @Test
    void megabyteAttributesBrokenEntitiesAndNuls() {
        String mega = "a".repeat(1 << 20);
        check("megabyte attributes", "<html lang=\"" + mega + "\"><head><title>" + mega + "</title><meta name=\"description\" content=\""
                + "word ".repeat(200_000) + "\"></head><body><p class=\"" + mega + "\" title='" + mega
                + "'>text <a href=\"https://x.example/" + mega + "\">link</a><img src=\"" + mega + "\" alt=\""
                + "alt ".repeat(250_000) + "\"></p><p unterminated=\"" + mega);
        check("broken entities", "<p>" + "&amp &#x; &#99999999999; &#; &bogus; &lt &#x110000; &#xD800; &#0; ".repeat(20_000));
        check("NUL bytes", "<p>" + "\u0000word\u0000 ".repeat(100_000) + "<\u0000p>\u0000</p>");
        check("hostile page", HostilePages.article("https://x.example"));
    }

    @Test
    void twentyMegabyteSingleLine() {
        // Without a space: the hardest case for wrapping (one word broken into 300,000 lines).
        check("20 MB without a space", "<p>" + "x".repeat(20_000_000));
    }

    private void check(String name, String html) {
        onSmallStack(name, () -> {
            Article article = Extractor.extract(html, "https://x.example/page");
            assertValid(name, article, Layouter.layout(article, WIDTH));
        });
    }

    private static void onSmallStack(String name, Runnable work) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                work.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", SMALL_STACK);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(name + ": interrupted");
        }
        if (failure.get() != null) {
            fail(name + ": " + failure.get(), failure.get());
        }
    }

    private static void assertValid(String name, Article article, Layout layout) {
        List<String> strings = HostilePages.strings(article);
        long chars = 0;
        for (String s : strings) {
            assertEquals(List.of(), HostilePages.unsafeIn(s.replace('\t', ' ')), name);
            chars += s.length();
        }
        int[] shape = shape(article.body());
        assertTrue(shape[1] <= BlockBuilder.MAX_BLOCK_NESTING + 1, name + ": nested " + shape[1] + " deep");
        for (Line line : layout.lines()) {
            assertTrue(TextWidth.of(line.text()) <= WIDTH, () -> name + ": line wider than the measure: " + line.text());
        }
        long bound = chars + 3L * shape[0] + 16;
        assertTrue(layout.lines().size() <= bound, name + ": " + layout.lines().size() + " lines for " + chars
                + " characters in " + shape[0] + " blocks");
    }

    /** Number of blocks (nested ones included) and the deepest nesting, counted without recursion. */
    private static int[] shape(List<Block> body) {
        int blocks = 0;
        int deepest = 0;
        Deque<Object[]> todo = new ArrayDeque<>();
        body.forEach(b -> todo.push(new Object[] {b, 1}));
        while (!todo.isEmpty()) {
            Object[] next = todo.pop();
            Block block = (Block) next[0];
            int depth = (int) next[1];
            blocks++;
            deepest = Math.max(deepest, depth);
            if (block instanceof Block.Quote q) {
                q.blocks().forEach(b -> todo.push(new Object[] {b, depth + 1}));
            } else if (block instanceof Block.ItemList list) {
                list.items().forEach(item -> item.forEach(b -> todo.push(new Object[] {b, depth + 1})));
            }
        }
        return new int[] {blocks, deepest};
    }
}
