package dev.lede.reader;

import dev.lede.article.Article;
import java.net.URI;

/** The text of the status bar, left and right, for a state. */
public record StatusLine(String left, String right) {

    /** The status bar for {@code state}. */
    public static StatusLine of(ReaderState state) {
        String right = "? help · q quit";
        if (state.loading()) {
            return new StatusLine("Loading " + shortTarget(state.loadingTarget()) + " …", right);
        }
        if (state.status() != null) {
            return new StatusLine(state.status(), right);
        }
        Document doc = state.document();
        if (doc == null) {
            return new StatusLine("", right);
        }
        return switch (state.focus()) {
            case RELATED -> new StatusLine("related " + (state.selected() + 1) + "/" + doc.article().related().size()
                    + " · Enter open · Esc back", right);
            case HELP -> new StatusLine("keys · any key returns", right);
            case READING -> new StatusLine(position(doc), right);
        };
    }

    private static String position(Document doc) {
        String where = "page " + (doc.page() + 1) + "/" + doc.pages().count() + " · " + doc.percent() + "%";
        Article article = doc.article();
        if (!article.related().isEmpty()) {
            where += " · related: " + article.related().size() + " (Tab)";
        }
        return where;
    }

    /** A target as the status bar names it: host and path for URLs. */
    static String shortTarget(String target) {
        if (target == null) {
            return "";
        }
        try {
            URI uri = URI.create(target);
            if (uri.getHost() != null) {
                String path = uri.getRawPath() == null ? "" : uri.getRawPath();
                return uri.getHost() + path;
            }
        } catch (IllegalArgumentException e) {
            // not a URL: a file name
        }
        return target;
    }
}
