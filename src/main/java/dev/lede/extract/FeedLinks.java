package dev.lede.extract;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The feed a web page advertises: {@code <link rel="alternate" type="application/rss+xml" href="…">}. */
final class FeedLinks {
    private FeedLinks() {
    }

    /** The absolute address of the first RSS or Atom feed the page advertises, or {@code null}. */
    static String find(Document doc) {
        for (Element link : doc.select("link[rel][type][href]")) {
            String type = link.attr("type").strip().toLowerCase(Locale.ROOT);
            boolean alternate = (" " + link.attr("rel").toLowerCase(Locale.ROOT) + " ").matches(".*\\salternate\\s.*");
            if (alternate && (type.equals("application/rss+xml") || type.equals("application/atom+xml"))) {
                String href = link.absUrl("href");
                if (!href.isEmpty()) {
                    return href;
                }
            }
        }
        return null;
    }
}
