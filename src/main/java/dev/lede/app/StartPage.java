package dev.lede.app;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.RelatedLink;
import dev.lede.article.Span;
import dev.lede.state.Remembered;
import dev.lede.state.Saved;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The page {@code lede} opens with no address: the reading list, the articles read most
 * recently (those not on the list), then the demo edition, as an ordinary article whose
 * related list holds them all, so Tab, Enter, ] and link numbers work on it as anywhere else.
 */
public final class StartPage {
    /** Targets of built-in pages start with this; they are not fetched and not remembered. */
    public static final String SCHEME = Article.BUILT_IN_SCHEME;
    /** The start page's target. */
    public static final String TARGET = SCHEME + "start";
    /** Recent articles listed. */
    public static final int RECENT = 10;

    private StartPage() {
    }

    /** The start page for these recent articles and demo links. */
    public static Article article(List<Remembered> recent, List<RelatedLink> demo) {
        return article(List.of(), recent, demo);
    }

    /** The start page for this reading list (all of it), these recent articles and demo links. */
    public static Article article(List<Saved> saved, List<Remembered> recent, List<RelatedLink> demo) {
        List<Block> body = new ArrayList<>();
        List<RelatedLink> related = new ArrayList<>();
        Set<String> onTheList = new HashSet<>();
        if (!saved.isEmpty()) {
            body.add(new Block.Heading(2, List.of(Span.plain("Reading list"))));
            List<RelatedLink> links = new ArrayList<>();
            for (Saved entry : saved) {
                links.add(new RelatedLink(entry.title().isBlank() ? entry.address() : entry.title(), entry.target()));
                onTheList.add(entry.target());
            }
            body.add(list(links));
            related.addAll(links);
        }
        List<RelatedLink> recentLinks = new ArrayList<>();
        for (Remembered place : recent) {
            if (recentLinks.size() < RECENT && !onTheList.contains(place.target())) {
                recentLinks.add(new RelatedLink(place.title().isBlank() ? place.target() : place.title(), place.target()));
            }
        }
        if (!recentLinks.isEmpty()) {
            body.add(new Block.Heading(2, List.of(Span.plain("Recently read"))));
            body.add(list(recentLinks));
            related.addAll(recentLinks);
        }
        if (!demo.isEmpty()) {
            body.add(new Block.Heading(2, List.of(Span.plain("The demo edition"))));
            body.add(list(demo));
            related.addAll(demo);
        }
        if (body.isEmpty()) {
            body.add(new Block.Paragraph(List.of(Span.plain("Nothing read yet."))));
        }
        return new Article(TARGET, "lede", "lede", null, null, "en",
                "Press o to open an address, Tab to choose from the list, a number and Enter to follow a link,"
                        + " s in an article to save it here, ? for all keys.", body, related);
    }

    private static Block list(List<RelatedLink> links) {
        List<List<Block>> items = new ArrayList<>();
        for (RelatedLink link : links) {
            items.add(List.of(new Block.Paragraph(List.of(new Span(link.title(), Set.of(), link.url())))));
        }
        return new Block.ItemList(false, 1, items);
    }
}
