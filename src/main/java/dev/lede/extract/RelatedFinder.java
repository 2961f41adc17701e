package dev.lede.extract;

import dev.lede.article.RelatedLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the page's own related-articles list: a container labelled "Related", "More
 * stories", "Read next" and the like, whose links go to articles on the same site.
 */
final class RelatedFinder {
    private static final Pattern LABEL = Pattern.compile(
            "(?i)\\b(related|more (stories|articles|news|from|on|in|like this)|read (next|more|also)|recommended"
            + "|you (may|might) (also )?(like|enjoy)|also read|further reading|what to read next|see also)\\b");
    private static final Pattern CONTAINER_NAMES = Pattern.compile(
            "(?i)related|more-?stories|read-?next|recommend|also-?read|further-?reading");
    /** Link texts shorter than this are menus, tags or "more" buttons, not article titles. */
    static final int MIN_TITLE_CHARS = 12;
    /** A label this long is a sentence, not a heading over a list. */
    static final int MAX_LABEL_CHARS = 60;

    private RelatedFinder() {
    }

    /**
     * The related links in page order, de-duplicated.
     *
     * @param pageUrl the page's own URL (to drop self-links and decide what is same-site), or {@code null}
     */
    static List<RelatedLink> find(Document doc, String pageUrl) {
        String site = Links.site(pageUrl);
        String self = pageUrl == null ? null : Links.withoutFragment(pageUrl);
        Map<String, RelatedLink> links = new LinkedHashMap<>();
        for (Element container : containers(doc)) {
            for (Element a : container.select("a[href]")) {
                String url = Links.absolute(a);
                if (url == null || !Links.isWeb(url)) {
                    continue;
                }
                url = Links.withoutFragment(url);
                if (url.equals(self) || (site != null && !site.equals(Links.site(url)))) {
                    continue;
                }
                String title = Text.normalize(a.text());
                if (title.length() < MIN_TITLE_CHARS) {
                    title = Text.normalize(a.attr("title"));
                }
                if (title.length() >= MIN_TITLE_CHARS && !links.containsKey(url)) {
                    links.put(url, new RelatedLink(title, url));
                }
            }
        }
        return new ArrayList<>(links.values());
    }

    /** Containers in document order, none inside another. */
    private static List<Element> containers(Document doc) {
        List<Element> found = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (isInside(e, found)) {
                continue;
            }
            if (isLabelled(e)) {
                found.add(e);
            }
        }
        return found;
    }

    private static boolean isLabelled(Element e) {
        String tag = e.normalName();
        if (!(tag.equals("section") || tag.equals("aside") || tag.equals("div") || tag.equals("ul")
                || tag.equals("ol") || tag.equals("nav"))) {
            return false;
        }
        boolean labelled = CONTAINER_NAMES.matcher(e.className() + " " + e.id()).find()
                || LABEL.matcher(e.attr("aria-label")).find()
                || hasLabelHeading(e);
        return labelled && e.select("a[href]").size() >= 2;
    }

    /** A heading among the first two levels of children that names a related list. */
    private static boolean hasLabelHeading(Element e) {
        for (Element child : e.children()) {
            if (isLabel(child)) {
                return true;
            }
            for (Element grandchild : child.children()) {
                if (isLabel(grandchild)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLabel(Element e) {
        String tag = e.normalName();
        boolean headingLike = isSubheading(tag) || e.className().contains("title")
                || e.className().contains("heading");
        if (!headingLike || e.select("a").size() > 1) {
            return false;
        }
        String label = Text.normalize(e.text());
        return !label.isEmpty() && label.length() <= MAX_LABEL_CHARS && LABEL.matcher(label).find();
    }

    /** h2 to h6 (not a regex: this is asked of every element near every candidate container). */
    private static boolean isSubheading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6';
    }

    private static boolean isInside(Element e, List<Element> containers) {
        for (Element parent = e.parent(); parent != null; parent = parent.parent()) {
            if (containers.contains(parent)) {
                return true;
            }
        }
        return false;
    }
}
