package dev.lede.app;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.RelatedLink;
import dev.lede.article.Span;
import dev.lede.state.Remembered;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The page {@code lede} opens with no address: the articles read most recently, then the
 * demo edition, as an ordinary article whose related list holds them all, so Tab, Enter,
 * ] and link numbers work on it as anywhere else.
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
        List<Block> body = new ArrayList<>();
        List<RelatedLink> related = new ArrayList<>();
        if (!recent.isEmpty()) {
            body.add(new Block.Heading(2, List.of(Span.plain("Recently read"))));
            List<RelatedLink> links = new ArrayList<>();
            for (Remembered place : recent.subList(0, Math.min(RECENT, recent.size()))) {
                links.add(new RelatedLink(place.title().isBlank() ? place.target() : place.title(), place.target()));
            }
            body.add(list(links));
            related.addAll(links);
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
                        + " ? for all keys.", body, related);
    }

    private static Block list(List<RelatedLink> links) {
        List<List<Block>> items = new ArrayList<>();
        for (RelatedLink link : links) {
            items.add(List.of(new Block.Paragraph(List.of(new Span(link.title(), Set.of(), link.url())))));
        }
        return new Block.ItemList(false, 1, items);
    }
}
