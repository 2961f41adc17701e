package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Every page of the Readability test corpus gives a body that shares text with the one
 * Readability.js extracts (expected.html). A page fails when extraction throws, finds nothing,
 * or finds text that has no word 4-gram in common with Readability's: the wrong part of the page.
 */
class ReadabilityCorpusIT {
    private static final Path CORPUS = SharedCorpus.ROOT.resolve("readability");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void everyPageGivesTextThatReadabilityAlsoFinds() throws IOException {
        SharedCorpus.require("readability", "corpus not checked");
        List<Path> pages;
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            pages = dirs.filter(d -> Files.isRegularFile(d.resolve("source.html"))
                    && Files.isRegularFile(d.resolve("expected.html"))).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        double f1Sum = 0;
        for (Path dir : pages) {
            String expected = Jsoup.parse(Files.readString(dir.resolve("expected.html"))).text();
            String actual;
            try {
                actual = Extractor.extract(Files.readString(dir.resolve("source.html")),
                        dir.resolve("source.html").toUri().toString()).text();
            } catch (RuntimeException e) {
                failures.add(dir.getFileName() + ": " + e);
                continue;
            }
            Map<String, Integer> t = shingles(expected);
            Map<String, Integer> p = shingles(actual);
            int tp = 0;
            for (Map.Entry<String, Integer> e : p.entrySet()) {
                tp += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
            }
            int predicted = p.values().stream().mapToInt(Integer::intValue).sum();
            int truth = t.values().stream().mapToInt(Integer::intValue).sum();
            if (tp == 0) {
                failures.add(dir.getFileName() + (actual.isBlank() ? ": no text" : ": none of Readability's text"));
                continue;
            }
            f1Sum += 2.0 * tp / (predicted + truth);
        }
        System.out.printf("readability corpus: %d pages, %d failures, mean body F1 against Readability.js %.3f%n",
                pages.size(), failures.size(), f1Sum / Math.max(1, pages.size()));
        assertTrue(failures.isEmpty(), "pages that failed: " + failures);
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + 4 <= words.size(); i++) {
            out.merge(String.join(" ", words.subList(i, i + 4)), 1, Integer::sum);
        }
        if (words.size() < 4 && !words.isEmpty()) {
            out.merge(String.join(" ", words), 1, Integer::sum);
        }
        return out;
    }
}
