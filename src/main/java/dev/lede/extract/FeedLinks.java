package dev.lede.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The feed a web page advertises: {@code <link rel="alternate" type="application/rss+xml" href="…">}. */
final class FeedLinks {
    private static final Pattern ALTERNATE = Pattern.compile(".*\\salternate\\s.*");

    private FeedLinks() {
    }

    /** The absolute address of the first RSS or Atom feed the page advertises, or {@code null}. */
    static String find(Document doc) {
        for (Element link : Dom.byTag(doc, "link")) {
            if (!link.hasAttr("rel") || !link.hasAttr("type") || !link.hasAttr("href")) {
                continue;
            }
            String type = link.attr("type").strip().toLowerCase(Locale.ROOT);
            boolean alternate = ALTERNATE.matcher(" " + link.attr("rel").toLowerCase(Locale.ROOT) + " ").matches();
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
