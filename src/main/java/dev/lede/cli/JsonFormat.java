package dev.lede.cli;

import dev.lede.article.Article;
import dev.lede.article.RelatedLink;

/**
 * One article as one JSON line: the fields DESIGN.md lists, read by the quality tools; also
 * {@code feed}, the feed a page offers (or null), {@code kind} ({@code article}, {@code feed} or
 * {@code list}), and for a feed or a list page its {@code items} ({@code title}, {@code url},
 * {@code section}, {@code summary}, {@code published}). A list page's other fields ({@code text}
 * above all) are those of the page read as an article, so a page taken for a list loses nothing.
 */
final class JsonFormat {
    private JsonFormat() {
    }

    static String format(String source, Article page) {
        Article article = page.asArticle();
        Json json = new Json().begin()
                .field("source", source)
                .field("url", article.url())
                .field("title", article.title())
                .field("site", article.site())
                .field("byline", article.byline())
                .field("published", article.published())
                .field("lang", article.lang())
                .field("standfirst", article.standfirst())
                .field("text", article.text())
                .field("pullQuotes", article.pullQuotes())
                .key("related").raw("[");
        boolean first = true;
        for (RelatedLink link : article.related()) {
            if (!first) {
                json.raw(",");
            }
            first = false;
            json.begin().field("title", link.title()).field("url", link.url()).end();
        }
        json.raw("]").field("feed", article.feed()).field("kind", page.kind().jsonName());
        if (page.opensAsList()) {
            json.key("items").raw("[");
            first = true;
            for (RelatedLink item : page.related()) {
                if (!first) {
                    json.raw(",");
                }
                first = false;
                json.begin().field("title", item.title()).field("url", item.url()).field("section", item.section())
                        .field("summary", item.summary()).field("published", item.published()).end();
            }
            json.raw("]");
        }
        return json
                .field("words", article.words())
                .field("readingMinutes", article.readingMinutes())
                .end().toString();
    }
}
