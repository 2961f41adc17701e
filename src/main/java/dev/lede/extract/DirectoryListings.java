package dev.lede.extract;

import dev.lede.article.RelatedLink;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web server's listing of a directory, as Apache and nginx ("Index of /docs") and Python's
 * {@code http.server} ("Directory listing for /") write it: its entries, in order, without the
 * link to the parent directory or the column-sorting links.
 */
final class DirectoryListings {
    private static final Pattern TITLE = Pattern.compile("(?i)^\\s*(index of|directory listing for)\\s+/.*");
    /** Apache's column headers sort the listing: "?C=N;O=D". */
    private static final Pattern SORTING = Pattern.compile("^\\?[A-Z]=");

    private DirectoryListings() {
    }

    /** The entries of a directory listing; empty when the page is none. */
    static List<RelatedLink> items(Document doc) {
        Element h1 = Dom.firstByTag(doc.body(), "h1");
        if (!TITLE.matcher(doc.title()).matches() && (h1 == null || !TITLE.matcher(h1.text()).matches())) {
            return List.of();
        }
        List<RelatedLink> entries = new ArrayList<>();
        for (Element a : Dom.byTag(doc.body(), "a")) {
            String href = a.attr("href").strip();
            String text = Text.normalize(a.text());
            if (href.isEmpty() || SORTING.matcher(href).find() || href.equals("../") || href.equals("..")
                    || text.equalsIgnoreCase("parent directory") || text.isEmpty()) {
                continue;
            }
            String url = Links.absolute(a);
            if (url != null) {
                entries.add(new RelatedLink(text, url));
            }
        }
        return entries;
    }
}
