package dev.lede.extract;

import dev.lede.article.Article;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The hand labels of {@code articles-dev} ({@code labels.json}, written without seeing lede's
 * output) and each page as lede extracts it from its saved file, compared the way
 * {@code ../shared/tools/score-labels.py} compares them.
 */
final class HandLabels {
    static final Path ARTICLES = dev.lede.testing.SharedCorpus.ROOT.resolve("articles-dev");

    /** One labelled page: its id, its labels and lede's article. */
    record Page(String id, Map<String, Object> labels, Article article) {
        String label(String key) {
            return labels.get(key) instanceof String s && !s.isBlank() ? s : null;
        }

        @SuppressWarnings("unchecked")
        List<String> relatedUrls() {
            List<String> urls = new ArrayList<>();
            if (labels.get("related") instanceof List<?> list) {
                for (Object item : list) {
                    urls.add(String.valueOf(((Map<String, Object>) item).get("url")));
                }
            }
            return urls;
        }
    }

    private HandLabels() {
    }

    @SuppressWarnings("unchecked")
    static List<Page> pages() throws IOException {
        Map<String, Object> labels = (Map<String, Object>) MiniJson.parse(Files.readString(ARTICLES.resolve("labels.json")));
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, Object> e : labels.entrySet()) {
            Path file = ARTICLES.resolve("html").resolve(e.getKey() + ".html.gz");
            Article article = Extractor.extract(read(file), file.toUri().toString());
            pages.add(new Page(e.getKey(), (Map<String, Object>) e.getValue(), article));
        }
        return pages;
    }

    /** Text as the scorer compares it: NFKC, lower case, no quotes, spaces collapsed, edge punctuation gone. */
    static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = t.replaceAll("[\u2018\u2019\u201c\u201d\"'`]", "").replaceAll("\\s+", " ");
        return t.replaceAll("^[ .|\\-–—:]+|[ .|\\-–—:]+$", "");
    }

    /** A URL as the scorer compares it: host without www and path without its last slash. */
    static String urlKey(String url) {
        try {
            URI uri = URI.create(url.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            return host.replaceFirst("^www\\.", "") + path;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String read(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
