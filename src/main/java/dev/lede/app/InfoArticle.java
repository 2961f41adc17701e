package dev.lede.app;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.Span;
import dev.lede.reader.InfoPage;
import dev.lede.fetch.FetchOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The info screen's content: the cache figures as a short article. */
final class InfoArticle {
    private InfoArticle() {
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024));
    }

    static Article of(CacheFigures figures, FetchOptions options) {
        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(2, List.of(Span.plain("Caches"))));
        for (String line : figures.lines()) {
            body.add(new Block.Paragraph(List.of(Span.plain(line))));
        }
        body.add(new Block.Heading(2, List.of(Span.plain("Network"))));
        for (String line : List.of(
                "user agent: " + options.userAgent(),
                String.format(Locale.ROOT, "limits: connect %s, silence %s, whole page %s, %s, %d redirects",
                        seconds(options.connectTimeout()), seconds(options.readTimeout()), seconds(options.timeout()),
                        megabytes(options.maxBytes()), options.maxRedirects()),
                "proxies: " + options.proxies())) {
            body.add(new Block.Paragraph(List.of(Span.plain(line))));
        }
        return new Article(InfoPage.TARGET, "Cache and network figures", "lede", null, null, "en",
                "What this run has answered from memory and from disk, and what it fetched.", body, List.of());
    }
}
