package dev.lede.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The parts of a page that frame every page of a site and are no headline: navigation menus,
 * the site's header and footer, sign-in and subscribe links, newsletter and cookie boxes,
 * share bars, breadcrumbs and pagers. Told by element ({@code nav}, {@code footer}, {@code form}),
 * ARIA landmark role, and the words site builders name these boxes with in class and id
 * (WordPress, Drupal, news CMSs and static-site themes alike: "menu", "cookie-banner",
 * "newsletter-signup", "site-footer"). Used by list pages only; the body extraction has its own.
 * One instance serves one page and remembers its answers, as every link asks about the same
 * ancestors; not thread-safe.
 */
final class PageChrome {
    private final Map<Element, Boolean> within = new IdentityHashMap<>();
    private final Map<Element, Boolean> is = new IdentityHashMap<>();

    /** Landmark roles of chrome. */
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "search", "menu",
            "menubar", "dialog", "alertdialog");
    /** Whole words of class or id naming chrome (split at '-', '_', spaces and case changes). */
    private static final Set<String> WORDS = Set.of("nav", "navbar", "navigation", "menu", "menubar", "footer",
            "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup", "signin",
            "login", "logon", "register", "account", "paywall", "share", "sharing", "social", "breadcrumb",
            "breadcrumbs", "pagination", "pager", "skip", "masthead", "topbar", "toolbar", "sitemap", "copyright",
            "legal", "modal", "popup", "overlay", "sidenav", "offcanvas", "drawer");
    /** The lengths of the shortest and longest of {@link #WORDS}: other words need no look-up. */
    private static final int SHORTEST_WORD = 3;
    private static final int LONGEST_WORD = 12;
    /** Elements that are chrome wherever they stand. */
    private static final Set<String> TAGS = Set.of("nav", "form", "dialog", "button", "select", "noscript",
            "script", "style", "template");
    /** Ancestors looked at, at most: deeper than this the page's own structure decides. */
    private static final int MAX_DEPTH = 40;

    /** Whether {@code e} or one of its ancestors is page chrome. */
    boolean within(Element e) {
        List<Element> path = new ArrayList<>();
        Boolean answer = null;
        for (Element at = e; at != null && path.size() < MAX_DEPTH; at = at.parent()) {
            answer = within.get(at);
            if (answer != null) {
                break;
            }
            path.add(at);
        }
        boolean inside = answer != null && answer;
        for (int i = path.size() - 1; i >= 0; i--) {
            inside = inside || is(path.get(i));
            within.put(path.get(i), inside);
        }
        return inside;
    }

    /** Whether {@code e} itself is a chrome box. */
    boolean is(Element e) {
        Boolean known = is.get(e);
        if (known == null) {
            known = chrome(e);
            is.put(e, known);
        }
        return known;
    }

    private static boolean chrome(Element e) {
        String tag = e.normalName();
        if (TAGS.contains(tag)) {
            return true;
        }
        if ((tag.equals("header") || tag.equals("footer")) && !insideArticle(e)) {
            return true; // the site's header and footer; an article card's own header is its headline
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")
                || e.attr("itemprop").contains("articleBody")) {
            return false; // whatever its class says ("share-container-parent"), the article is no chrome
        }
        String role = e.attr("role").strip().toLowerCase(Locale.ROOT);
        if (ROLES.contains(role) || e.attr("aria-hidden").equals("true") || e.hasAttr("hidden")) {
            return true;
        }
        return namesChrome(e.attr("class")) || namesChrome(e.id());
    }

    private static boolean insideArticle(Element e) {
        for (Element at = e.parent(); at != null; at = at.parent()) {
            if (at.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a class or id value holds one of {@link #WORDS} as a whole word. */
    static boolean namesChrome(String value) {
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            boolean letter = Character.isLetter(c);
            boolean camel = letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(value.charAt(i - 1));
            if (start >= 0 && (!letter || camel)) {
                int length = i - start;
                if (length >= SHORTEST_WORD && length <= LONGEST_WORD
                        && WORDS.contains(value.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
        return false;
    }
}
