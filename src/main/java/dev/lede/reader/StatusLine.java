package dev.lede.reader;

import dev.lede.article.Article;
import java.net.URI;

/**
 * The text of the status bar, left and right, for a state.
 *
 * @param left    where the reader is, a message, or the prompt being typed
 * @param right   the key hint
 * @param cursor  while a prompt is open, the char index in {@code left} where the cursor stands; else -1
 * @param compact {@code left} with its parts shortened ({@code rel 7}, {@code F}), for a narrow
 *                terminal to show whole before anything is cut; {@code left} itself when it has none
 */
public record StatusLine(String left, String right, int cursor, String compact) {
    static final String HINT = "? help · q quit";

    /** A status line with nothing to shorten. */
    public StatusLine(String left, String right, int cursor) {
        this(left, right, cursor, left);
    }

    /** The status bar for {@code state}. */
    public static StatusLine of(ReaderState state) {
        Prompt prompt = state.prompt();
        if (state.focus() == Focus.PROMPT && prompt != null) {
            String label = prompt.purpose().label();
            return new StatusLine(label + prompt.text(), "Enter · Esc cancels", label.length() + prompt.cursor());
        }
        if (state.loading()) {
            return line("Loading " + shortTarget(state.loadingTarget()) + " …");
        }
        if (!state.digits().isEmpty()) {
            return new StatusLine("Follow link [" + state.digits() + "]" + linkPreview(state), "Enter · Esc cancels", -1);
        }
        if (state.status() != null) {
            return line(state.status());
        }
        Document doc = state.document();
        if (doc == null) {
            return line("");
        }
        return switch (state.focus()) {
            case RELATED -> line((doc.article().isFeed() ? "item " : "related ") + (state.selected() + 1) + "/"
                    + doc.article().related().size() + " · Enter open · Esc "
                    + (doc.article().isFeed() ? "as text" : "back") + " · " + shortTarget(selectedUrl(state, doc)));
            case HELP -> line("keys · j k Space scroll · any other key returns");
            default -> new StatusLine(position(doc, false), HINT, -1, position(doc, true));
        };
    }

    /** Where the link being typed goes, so the reader sees it before pressing Enter. */
    private static String linkPreview(ReaderState state) {
        if (state.document() == null) {
            return "";
        }
        java.util.List<String> links = LinkNumbers.of(state.document());
        int number = Integer.parseInt(state.digits());
        return number >= 1 && number <= links.size() ? " " + shortTarget(links.get(number - 1)) : "";
    }

    private static String selectedUrl(ReaderState state, Document doc) {
        int selected = Math.max(0, Math.min(state.selected(), doc.article().related().size() - 1));
        return doc.article().related().isEmpty() ? "" : doc.article().related().get(selected).url();
    }

    private static StatusLine line(String left) {
        return new StatusLine(left, HINT, -1);
    }

    /** "page 2/7 · 31% · related: 12 (Tab) · feed (F)", or compact: "page 2/7 · 31% · rel 12 · F". */
    private static String position(Document doc, boolean compact) {
        String where = "page " + (doc.page() + 1) + "/" + doc.pages().count() + " · " + doc.percent() + "%";
        Article article = doc.article();
        if (!article.related().isEmpty()) {
            int count = article.related().size();
            if (compact) {
                where += (article.isFeed() ? " · items " : " · rel ") + count;
            } else {
                where += (article.isFeed() ? " · items: " : " · related: ") + count + " (Tab)";
            }
        }
        if (article.feed() != null) {
            where += compact ? " · F" : " · feed (F)";
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
