package dev.lede.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Selector;

/** Author lines: normalising them ("By Jane Doe" → "Jane Doe") and finding one in visible markup. */
final class Bylines {
    private static final Pattern LEADING_BY = Pattern.compile("(?iu)^(written by|by|von|par|por|door|di|av|от|текст|автор|작성자)(\\s*[:\\-]\\s*|\\s+)");
    /** Class or id of an element holding the author line. */
    private static final Pattern BYLINE_NAMES = Pattern.compile(
            "(?i)byline|author(?!i[sz])|dateline|writtenby|p-author");
    /** Parts of a page whose author names are not the article's: comments, teasers, menus. */
    private static final Pattern ELSEWHERE = Pattern.compile(
            "(?i)(^|[-_\\s])(comments?|comment-list|disqus|related|recommended|recommendations|more-stories"
            + "|sidebar|menu|nav|navigation|footer|promo|newsletter|outbrain|taboola|teasers?)([-_\\s]|$)");
    /**
     * What reading an author line from the page takes, compiled only when it is done: most pages
     * name their author in metadata, and these patterns and queries take a cold JVM milliseconds.
     */
    private static final class LineDates {
        /** Parts of a byline that say what the author does rather than who they are. */
        static final Evaluator ROLE_PARTS = Selector.evaluatorOf(
                "[class~=(?i)(^|[-_\\s])(title|role|position|job|bio|description)([-_\\s]|$)], [itemprop=jobTitle]");
        /** The name inside a marked-up byline. */
        static final Evaluator NAME = Selector.evaluatorOf("[itemprop=name]");
        private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
        /** Dates, times and their labels, which share a line with the author on many pages. */
        static final Pattern DATE_PARTS = Pattern.compile("(?i)\\b("
                + "(last )?updated:?|published:?|posted:?"
                + "|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?"
                + "|" + MONTH + "\\s+\\d{1,2}(st|nd|rd|th)?,?(\\s+\\d{4})?"
                + "|\\d{1,2}(st|nd|rd|th)?\\s+" + MONTH + ",?(\\s+\\d{4})?"
                + "|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{2,4}"
                + "|\\d{1,2}:\\d{2}(:\\d{2})?(\\s*[ap]\\.?m\\.?)?(\\s+(utc|gmt|[a-z][sd]t)\\b)?)(?=\\W|$)");
        /** What a removed date leaves behind: separators, and "on" or "at" that introduced it. */
        static final Pattern LOOSE_ENDS = Pattern.compile("(?i)^[\\s|·•,–—-]+|([\\s|·•,–—-]|\\b(on|at)\\b)+$");

        private LineDates() {
        }
    }

    /** Longer than this, a "byline" is a paragraph that happened to match. */
    static final int MAX_LENGTH = 100;

    private Bylines() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Text.normalize(raw);
        s = LEADING_BY.matcher(s).replaceFirst("");
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return null;
        }
        return s;
    }

    /** Several authors as one line: "Ann Lee, Jane Doe and John Roe". */
    static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * The first author line a reader sees: an element marked {@code rel=author}, {@code
     * itemprop=author} or named like a byline, outside hidden parts, comments, menus and teasers.
     *
     * @return the cleaned line, or {@code null}
     */
    static String visible(Element root) {
        String[] found = new String[1];
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e != root && (Hints.isHidden(e) || isElsewhere(e))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isBylineElement(e)) {
                    String line = clean(nameIn(e));
                    if (line != null) {
                        found[0] = line;
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return found[0];
    }

    /** Whether {@code e} or one of its ancestors below {@code root} is hidden, or a comment, teaser or menu. */
    static boolean isElsewhereOrHidden(Element e, Element root) {
        for (Element p = e; p != null && p != root; p = p.parent()) {
            if (Hints.isHidden(p) || isElsewhere(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isElsewhere(Element e) {
        String tag = e.normalName();
        return tag.equals("nav") || tag.equals("script") || tag.equals("style")
                || tag.equals("template") || tag.equals("head")
                || Hints.namedLike(e, ELSEWHERE);
    }

    private static boolean isBylineElement(Element e) {
        return e.attr("rel").equals("author") || e.attr("itemprop").contains("author")
                || Hints.namedLike(e, BYLINE_NAMES);
    }

    /** The element without the parts that give the author's job ("Games Editor") or a bio. */
    private static Element withoutRoles(Element e) {
        if (e.select(LineDates.ROLE_PARTS).isEmpty()) {
            return e;
        }
        Element copy = e.clone();
        copy.select(LineDates.ROLE_PARTS).remove();
        return copy;
    }

    /**
     * The element's author name: its {@code itemprop=name} part when marked, else its text
     * without the date that often shares the line; {@code null} when only a date is left.
     */
    private static String nameIn(Element e) {
        Element name = e.selectFirst(LineDates.NAME);
        String text = Text.normalize((name != null ? name : withoutRoles(e)).text());
        if (text.length() >= MAX_LENGTH) {
            return null;
        }
        String withoutDate = Text.normalize(LineDates.DATE_PARTS.matcher(text).replaceAll(" "));
        withoutDate = LineDates.LOOSE_ENDS.matcher(withoutDate).replaceAll("");
        return withoutDate.isEmpty() ? null : withoutDate;
    }
}
