package dev.lede.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The parts of a page that frame every page of a site and are no headline: navigation menus,
 * the site's header and footer, sign-in and subscribe links, newsletter and cookie boxes,
 * share bars, breadcrumbs and pagers. Told by element ({@code nav}, {@code footer}, {@code form}),
 * ARIA landmark role, and the words site builders name these boxes with in class and id
 * (WordPress, Drupal, news CMSs and static-site themes alike: "menu", "cookie-banner",
 * "newsletter-signup", "site-footer"). Used by list pages only; the body extraction has its own.
 */
final class PageChrome {
    /** Landmark roles of chrome. */
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "search", "menu",
            "menubar", "dialog", "alertdialog");
    /** Whole words of class or id naming chrome (split at '-', '_', spaces and case changes). */
    private static final Set<String> WORDS = Set.of("nav", "navbar", "navigation", "menu", "menubar", "footer",
            "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup", "signin",
            "login", "logon", "register", "account", "paywall", "share", "sharing", "social", "breadcrumb",
            "breadcrumbs", "pagination", "pager", "skip", "masthead", "topbar", "toolbar", "sitemap", "copyright",
            "legal", "modal", "popup", "overlay", "sidenav", "offcanvas", "drawer");
    /** Elements that are chrome wherever they stand. */
    private static final Set<String> TAGS = Set.of("nav", "form", "dialog", "button", "select", "noscript",
            "script", "style", "template");
    /** Ancestors looked at, at most: deeper than this the page's own structure decides. */
    private static final int MAX_DEPTH = 40;

    private PageChrome() {
    }

    /** Whether {@code e} or one of its ancestors is page chrome. */
    static boolean within(Element e) {
        int depth = 0;
        for (Element at = e; at != null && depth < MAX_DEPTH; at = at.parent(), depth++) {
            if (is(at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} itself is a chrome box. */
    static boolean is(Element e) {
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
        if (value.isEmpty()) {
            return false;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            boolean boundary = !Character.isLetter(c)
                    || Character.isUpperCase(c) && word.length() > 0 && Character.isLowerCase(word.charAt(word.length() - 1));
            if (boundary && word.length() > 0) {
                if (WORDS.contains(word.toString().toLowerCase(Locale.ROOT))) {
                    return true;
                }
                word.setLength(0);
            }
            if (Character.isLetter(c)) {
                word.append(c);
            }
        }
        return false;
    }
}
