package dev.lede.cli;

import dev.lede.article.Article;
import dev.lede.article.RelatedLink;

/** One article as one JSON line: the fields DESIGN.md lists, read by the quality tools. */
final class JsonFormat {
    private JsonFormat() {
    }

    static String format(String source, Article article) {
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
        return json.raw("]")
                .field("words", article.words())
                .field("readingMinutes", article.readingMinutes())
                .end().toString();
    }
}
