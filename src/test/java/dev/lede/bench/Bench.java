package dev.lede.bench;

import dev.lede.article.Article;
import dev.lede.extract.Extractor;
import dev.lede.layout.Layouter;
import dev.lede.tui.FrameTimings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The bench harness: prints pages per second and the median and 95th percentile time per page of
 * extraction, and of extraction plus layout, over the corpus pages in one warm JVM; median times of
 * extraction and layout over the corpus pages, and of
 * keypress to screen (update + render + refresh) on the longest article, as a table. Run with
 * {@code mvn -q -Pbench test-compile exec:java} (README). Speed lives here, never in unit tests.
 */
public final class Bench {
    static final int WARMUP_ROUNDS = 5;
    static final int ROUNDS = 15;
    static final int KEYS = 200;
    /** Rounds over all pages before throughput is timed: enough for the JIT to settle. */
    static final int THROUGHPUT_WARMUP_ROUNDS = 15;

    private Bench() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/articles-dev/html");
        if (!Files.isDirectory(corpus)) {
            System.err.println("bench: no corpus at " + corpus + " (give its html directory as the argument)");
            System.exit(2);
        }
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.sorted().toList()) {
                pages.add(read(file));
            }
        }
        // The first pass runs in a JVM that has not compiled anything yet, as a batch --dump does:
        // its rate, beside the warm rate below, is what warming up costs.
        List<Article> articles = new ArrayList<>();
        long firstPass = System.nanoTime();
        for (String page : pages) {
            articles.add(Extractor.extract(page, "https://example.org/article"));
        }
        firstPass = System.nanoTime() - firstPass;
        Article longest = articles.stream().max((a, b) -> Integer.compare(a.text().length(), b.text().length()))
                .orElseThrow();

        System.out.printf("%-52s %12s %12s %12s%n", "throughput (" + pages.size() + " pages, one thread, warm)",
                "pages/s", "median/page", "p95/page");
        // Both paths warmed up before either is timed: the JIT's work must not count against the first.
        for (int i = 0; i < THROUGHPUT_WARMUP_ROUNDS; i++) {
            for (String page : pages) {
                Layouter.layout(Extractor.extract(page, "https://example.org/article"), 72);
            }
        }
        System.out.printf("%-52s %12.0f%n", "extract, first pass (cold JVM, JIT warming up)",
                pages.size() / (firstPass / 1e9));
        throughput("extract", pages, page -> Extractor.extract(page, "https://example.org/article"));
        throughput("extract + layout at 72 columns", pages,
                page -> Layouter.layout(Extractor.extract(page, "https://example.org/article"), 72));
        System.out.println();
        System.out.printf("%-52s %12s %12s%n", "benchmark (" + pages.size() + " pages, JVM as launched)", "median", "p90");
        row("extract, all pages (per page)", perItem(rounds(() -> {
            for (String page : pages) {
                Extractor.extract(page, "https://example.org/article");
            }
        }), pages.size()));
        row("layout at 72 columns, all articles (per article)", perItem(rounds(() -> {
            for (Article article : articles) {
                Layouter.layout(article, 72);
            }
        }), articles.size()));
        row("layout of the longest article (" + longest.text().length() / 1000 + "k chars)",
                rounds(() -> Layouter.layout(longest, 72)));

        FrameTimings frames = new FrameTimings(longest, 80, 24);
        List<Long> lines = new ArrayList<>();
        List<Long> pagesTurned = new ArrayList<>();
        List<Long> resizes = new ArrayList<>();
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            frames.press('j', KEYS, n -> { });
            frames.press('k', KEYS, n -> { });
        }
        frames.press('j', KEYS, lines::add);
        frames.press('k', KEYS, lines::add);
        for (int i = 0; i < 10; i++) {
            frames.press(' ', 10, pagesTurned::add);
            frames.press('b', 10, pagesTurned::add);
        }
        for (int i = 0; i < ROUNDS * 2; i++) {
            frames.resizeTo(i % 2 == 0 ? 60 : 80, i % 2 == 0 ? 20 : 24, resizes::add);
        }
        row("update+render+refresh: line scroll (j/k)", lines);
        row("update+render+refresh: page turn (space/b)", pagesTurned);
        row("resize reflow + full frame, longest article", resizes);
    }

    /**
     * Runs {@code work} on every page, {@value #WARMUP_ROUNDS} rounds to warm up, then
     * {@value #ROUNDS} timed; prints pages per second (the median round) and the median and 95th
     * percentile of the time one page takes.
     */
    private static void throughput(String name, List<String> pages, Consumer<String> work) {
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            pages.forEach(work);
        }
        List<Long> perPage = new ArrayList<>();
        List<Long> perRound = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long roundStart = System.nanoTime();
            for (String page : pages) {
                long start = System.nanoTime();
                work.accept(page);
                perPage.add(System.nanoTime() - start);
            }
            perRound.add(System.nanoTime() - roundStart);
        }
        long[] pageTimes = perPage.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] roundTimes = perRound.stream().mapToLong(Long::longValue).sorted().toArray();
        double pagesPerSecond = pages.size() / (roundTimes[roundTimes.length / 2] / 1e9);
        System.out.printf("%-52s %12.0f %9.3f ms %9.3f ms%n", name, pagesPerSecond, pageTimes[pageTimes.length / 2] / 1e6,
                pageTimes[Math.min(pageTimes.length - 1, pageTimes.length * 95 / 100)] / 1e6);
    }

    private static List<Long> rounds(Runnable work) {
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            work.run();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.run();
            times.add(System.nanoTime() - start);
        }
        return times;
    }

    private static List<Long> perItem(List<Long> times, int items) {
        return times.stream().map(t -> t / Math.max(1, items)).toList();
    }

    private static void row(String name, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-52s %9.3f ms %9.3f ms%n", name, sorted[sorted.length / 2] / 1e6,
                sorted[Math.min(sorted.length - 1, sorted.length * 9 / 10)] / 1e6);
    }

    private static String read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = file.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
