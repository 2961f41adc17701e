package dev.lede.layout;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.Span;
import dev.lede.extract.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Prints the median time to lay out the longest articles-dev corpus page and a synthetic
 * 1000-paragraph article at 72 columns (UTF-8 assumed for the corpus pages). A figure, not a
 * test. From the project directory: {@code mvn -B -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt && java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * dev.lede.layout.LayoutBench [runs]}.
 */
public final class LayoutBench {
    private LayoutBench() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 31;
        Path corpus = Path.of("..", "shared", "corpus", "articles-dev");
        Article longest = null;
        String longestName = null;
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.walk(corpus)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html.gz")).toList()) {
                    String html;
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                        html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    Article article = Extractor.extract(html, "https://example.test/" + file.getFileName());
                    if (longest == null || article.words() > longest.words()) {
                        longest = article;
                        longestName = file.getFileName().toString();
                    }
                }
            }
        }
        if (longest != null) {
            report("longest articles-dev page " + longestName + " (" + longest.words() + " words)", longest, runs);
        } else {
            System.out.println("corpus not found at " + corpus.toAbsolutePath() + "; synthetic article only");
        }
        report("synthetic 1000-paragraph article", synthetic(), runs);
    }

    private static void report(String name, Article article, int runs) {
        for (int i = 0; i < 5; i++) { // warm-up
            Layouter.layout(article, 72);
        }
        long[] nanos = new long[runs];
        int lines = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            lines = Layouter.layout(article, 72).size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%s: %d lines at 72 columns, median %.2f ms over %d runs (min %.2f, max %.2f)%n",
                name, lines, nanos[runs / 2] / 1e6, runs, nanos[0] / 1e6, nanos[runs - 1] / 1e6);
    }

    private static Article synthetic() {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            body.add(new Block.Paragraph(List.of(Span.plain("Paragraph " + i + " of the synthetic article runs on"
                    + " for a while, with café, naïve, 東京 and 👍🏽 among its words, so that it wraps over"
                    + " three or four lines at the usual measure of seventy-two columns."))));
        }
        return new Article(null, "Synthetic", null, null, null, null, null, body, List.of());
    }
}
