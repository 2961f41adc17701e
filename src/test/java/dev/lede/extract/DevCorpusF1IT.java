package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Body F1 on articles-dev, scored as shared/tools/score-articles.py does (word 4-gram shingles). */
class DevCorpusF1IT {
    /** The figure reached (0.978) less the allowed slack. */
    private static final double FLOOR = 0.973;
    private static final Path DEV = SharedCorpus.ROOT.resolve("articles-dev");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    @SuppressWarnings("unchecked")
    void devF1StaysAboveTheFloor() throws IOException {
        SharedCorpus.require("articles-dev", "corpus F1 not measured");
        Map<String, Object> truth = (Map<String, Object>) MiniJson.parse(
                Files.readString(DEV.resolve("ground-truth.json")));
        double precisionSum = 0;
        double recallSum = 0;
        int precisionPages = 0;
        int recallPages = 0;
        for (Map.Entry<String, Object> page : truth.entrySet()) {
            String expected = String.valueOf(((Map<String, Object>) page.getValue()).getOrDefault("articleBody", ""));
            Path file = DEV.resolve("html").resolve(page.getKey() + ".html.gz");
            String html;
            try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String actual = Extractor.extract(html, file.toUri().toString()).text();
            Map<String, Integer> t = shingles(expected);
            Map<String, Integer> p = shingles(actual);
            int tp = 0;
            for (Map.Entry<String, Integer> e : p.entrySet()) {
                tp += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
            }
            int fp = p.values().stream().mapToInt(Integer::intValue).sum() - tp;
            int fn = t.values().stream().mapToInt(Integer::intValue).sum() - tp;
            if (fp == 0 && fn == 0) {
                precisionSum += tp > 0 ? 1 : 0;
                recallSum += tp > 0 ? 1 : 0;
                precisionPages += tp > 0 ? 1 : 0;
                recallPages += tp > 0 ? 1 : 0;
                continue;
            }
            if (tp + fp > 0) {
                precisionSum += tp / (double) (tp + fp);
                precisionPages++;
            }
            if (tp + fn > 0) {
                recallSum += tp / (double) (tp + fn);
                recallPages++;
            }
        }
        double precision = precisionSum / Math.max(1, precisionPages);
        double recall = recallSum / Math.max(1, recallPages);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf("articles-dev F1 %.3f precision %.3f recall %.3f%n", f1, precision, recall);
        assertTrue(f1 >= FLOOR, "dev F1 " + f1 + " fell below " + FLOOR);
    }

    private static Map<String, Integer> shingles(String text) {
        java.util.List<String> words = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        if (words.size() < 4) {
            if (!words.isEmpty()) {
                out.put(String.join(" ", words), 1);
            }
            return out;
        }
        for (int i = 0; i + 4 <= words.size(); i++) {
            out.merge(String.join(" ", words.subList(i, i + 4)), 1, Integer::sum);
        }
        return out;
    }
}
