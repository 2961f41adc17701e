package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.RelatedLink;
import dev.lede.demo.DemoArticle;
import dev.lede.demo.DemoEdition;
import dev.lede.testing.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of related links against lists written by hand
 * ({@code related-expected.txt}) for pages of both corpora, and against the demo edition's own
 * related lists. A link counts when its address matches (http and https alike).
 */
class RelatedCorpusIT {
    private static final Path CORPUS = SharedCorpus.ROOT;
    private static final String DEMO_BASE = "https://gazette.example";
    /** The figures reached (precision 1.000, recall 1.000 on 18 corpus pages) less a margin. */
    private static final double PRECISION_FLOOR = 0.95;
    private static final double RECALL_FLOOR = 0.95;

    @Test
    void relatedLinksMatchTheHandWrittenLists() throws IOException {
        SharedCorpus.require("", "related precision and recall not measured");
        Tally corpus = new Tally();
        for (Map.Entry<String, List<RelatedLink>> page : expectations().entrySet()) {
            Path file = CORPUS.resolve(page.getKey());
            Article article = Extractor.extract(read(file), file.toUri().toString());
            corpus.add(page.getKey(), page.getValue(), article.related());
        }
        Tally demo = new Tally();
        DemoEdition edition = DemoEdition.load();
        for (DemoArticle other : edition.articles()) {
            List<RelatedLink> expected = edition.relatedTo(other).stream()
                    .map(a -> new RelatedLink(a.title(), DEMO_BASE + a.path())).toList();
            Article article = Extractor.extract(edition.page(other, DEMO_BASE), DEMO_BASE + other.path());
            demo.add("demo " + other.slug(), expected, article.related());
        }
        corpus.print("corpus pages");
        demo.print("demo edition");
        assertTrue(corpus.precision() >= PRECISION_FLOOR, "related precision fell to " + corpus.precision());
        assertTrue(corpus.recall() >= RECALL_FLOOR, "related recall fell to " + corpus.recall());
        assertTrue(demo.precision() == 1 && demo.recall() == 1, "the demo edition's related lists are exact");
    }

    /** Links found, expected and found-as-expected, added up over pages. */
    private static final class Tally {
        private int pages;
        private int found;
        private int expected;
        private int matched;

        void add(String page, List<RelatedLink> want, List<RelatedLink> got) {
            Set<String> wanted = new HashSet<>();
            want.forEach(link -> wanted.add(key(link.url())));
            int hits = 0;
            List<String> extra = new ArrayList<>();
            for (RelatedLink link : got) {
                if (wanted.remove(key(link.url()))) {
                    hits++;
                } else {
                    extra.add(link.url());
                }
            }
            pages++;
            found += got.size();
            expected += want.size();
            matched += hits;
            if (Boolean.getBoolean("lede.misses") && (!extra.isEmpty() || !wanted.isEmpty())) {
                System.out.printf("  related %s: extra %s missing %s%n", page, extra, wanted);
            }
        }

        double precision() {
            return found == 0 ? 0 : matched / (double) found;
        }

        double recall() {
            return expected == 0 ? 0 : matched / (double) expected;
        }

        void print(String label) {
            System.out.printf("related links, %s (%d pages): precision %.3f (%d/%d) recall %.3f (%d/%d)%n",
                    label, pages, precision(), matched, found, recall(), matched, expected);
        }
    }

    private static String key(String url) {
        return Links.withoutFragment(url).replaceFirst("^https?://", "");
    }

    /** Pages and their lists, in the file's order. */
    private static Map<String, List<RelatedLink>> expectations() throws IOException {
        Map<String, List<RelatedLink>> pages = new LinkedHashMap<>();
        List<RelatedLink> current = null;
        try (InputStream in = RelatedCorpusIT.class.getResourceAsStream("related-expected.txt")) {
            assertNotNull(in, "related-expected.txt is on the test class path");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    current = new ArrayList<>();
                    pages.put(line.substring(1, line.length() - 1), current);
                } else {
                    String[] parts = line.split("\t");
                    current.add(new RelatedLink(parts[0], parts[1]));
                }
            }
        }
        return pages;
    }

    private static String read(Path file) throws IOException {
        if (!file.toString().endsWith(".gz")) {
            return Files.readString(file);
        }
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
