package dev.lede.extract;

import dev.lede.article.Article;
import dev.lede.article.RelatedLink;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Front pages, section pages and link lists: reading a page's headlines as a list, and deciding
 * from {@link ListSignals} whether the page opens as that list or as an article that offers it.
 * Pure and thread-safe.
 */
final class ListPages {
    /** Headlines a page needs for a list reading at all. */
    static final int MIN_ITEMS = 4;
    /**
     * Headlines set as headings, or in repeated cards, that make a page a list, by how many signs
     * of an article the page shows (none, one, two).
     */
    static final int[] LIST_HEADLINES = {6, 12, 20};
    /** Links to other sites that make a link list (an aggregator, a blog roll), by signs of an article. */
    static final int[] LINK_LIST_OFF_SITE = {10, 20, 40};
    /** Words of the article reading, outside headlines and teasers, that a list page stays under, by signs of an article. */
    static final int[] MAX_PROSE = {150, 80, 40};
    /** Words of running prose from which a page is an article, whatever else it shows. */
    static final int ARTICLE_PROSE_WORDS = 250;
    /** Words of the article reading, outside headlines and teasers, that count as none at all. */
    static final int NO_PROSE_WORDS = 30;
    /** Share of the page's text in links from which a page reads as a list. */
    static final double LIST_LINK_SHARE = 0.45;

    /** Characters of a text's key compared to tell a headline's or teaser's paragraph. */
    static final int KEY_PREFIX = 60;

    /** How a page opens. */
    enum Verdict {
        /** No list reading: too few headlines. */
        NONE,
        /** An article that also offers its headlines as a list. */
        OFFER,
        /** A list page, which keeps its article reading too. */
        LIST
    }

    /**
     * A page's headlines and the signals measured on it; {@code signals} is {@code null} for a
     * directory listing, which is a list whatever it holds.
     */
    record Reading(List<RelatedLink> items, ListSignals signals) {
        static final Reading NONE = new Reading(List.of(), null);
    }

    private ListPages() {
    }

    /**
     * Reads the page's headlines. Call before the DOM is cleaned for the body: the cards and
     * section headings are what cleaning removes.
     */
    static Reading read(Document doc, String pageUrl) {
        Element body = doc.body();
        if (body == null) {
            return Reading.NONE;
        }
        List<RelatedLink> listing = DirectoryListings.items(doc);
        if (!listing.isEmpty()) {
            return new Reading(listing, null);
        }
        PageChrome chrome = new PageChrome();
        List<ListHeadlines.Found> found = ListHeadlines.find(body, pageUrl, chrome);
        if (found.size() < MIN_ITEMS) {
            return Reading.NONE;
        }
        ListSignals signals = ListSignals.measure(doc, body, found, pageUrl, chrome);
        return new Reading(ListHeadlines.items(found, body, pageUrl, chrome), signals);
    }

    /**
     * How a page opens, from its signals and the words of its article reading that are no
     * headline or teaser ({@code articleWords}): the body extraction finds running prose wherever
     * the page keeps it, which the signals' paragraph count can miss.
     */
    static Verdict verdict(Reading reading, int articleWords) {
        ListSignals s = reading.signals();
        if (reading.items().isEmpty()) {
            return Verdict.NONE;
        }
        if (s == null) {
            return Verdict.LIST;
        }
        if (s.headlines() < MIN_ITEMS) {
            return Verdict.NONE;
        }
        if (Math.max(s.proseWords(), articleWords) >= ARTICLE_PROSE_WORDS) {
            return Verdict.OFFER;
        }
        int structured = Math.max(s.headed(), s.carded());
        // Each sign of an article (declared as one, showing one headline) asks for more headlines and less prose.
        int evidence = (s.declaresArticle() ? 1 : 0) + (s.showsHeadline() ? 1 : 0);
        if (evidence == 2) {
            return Verdict.OFFER; // declared an article and showing its headline: an article, if a thin one
        }
        if (s.declaresList() && structured >= MIN_ITEMS && articleWords < MAX_PROSE[evidence]) {
            return Verdict.LIST;
        }
        boolean linky = s.linkShare() >= LIST_LINK_SHARE;
        boolean linkList = s.offSite() >= LINK_LIST_OFF_SITE[evidence] && 2 * s.offSite() >= s.headlines();
        // A blog index shows long teasers, so its links are a small share of its text; but it has no prose of its own.
        boolean listLike = linky || articleWords <= NO_PROSE_WORDS;
        if (listLike && articleWords < MAX_PROSE[evidence] && (structured >= LIST_HEADLINES[evidence] || linkList)) {
            return Verdict.LIST;
        }
        return Verdict.OFFER;
    }

    /**
     * The page as it opens: {@code article} as extracted, with the list reading as its other
     * reading; or, for a list page, the list with {@code article} as its other reading.
     */
    static Article offer(Article article, Reading reading, String pageUrl) {
        Verdict verdict = verdict(reading, proseWords(article, reading.items()));
        if (verdict == Verdict.NONE) {
            return article;
        }
        String site = Links.site(pageUrl);
        String title = !article.title().isEmpty() ? article.title() : article.site() != null ? article.site()
                : site != null ? site : "";
        Article list = new Article(null, title, article.site(), null, null, article.lang(), null,
                ItemBlocks.of(reading.items(), site, "This page lists no articles."), reading.items(),
                article.feed(), Article.Kind.LIST, null);
        return verdict == Verdict.LIST ? list.withOther(article) : article.withOther(list);
    }

    /** Words of the article's body in paragraphs that are not one of the headlines or teasers. */
    static int proseWords(Article article, List<RelatedLink> items) {
        Set<String> listed = new HashSet<>();
        for (RelatedLink item : items) {
            listed.add(prefixKey(item.title()));
            if (item.summary() != null) {
                listed.add(prefixKey(item.summary()));
            }
        }
        int words = 0;
        for (String paragraph : article.text().split("\n\n")) {
            if (!listed.contains(prefixKey(paragraph))) {
                words += ListHeadlines.words(paragraph);
            }
        }
        return words;
    }

    /** The start of a text's {@link Text#key}: a teaser is kept clipped, its paragraph whole. */
    private static String prefixKey(String text) {
        String key = Text.key(text);
        return key.length() <= KEY_PREFIX ? key : key.substring(0, KEY_PREFIX);
    }
}
