package dev.lede.extract;

import dev.lede.article.Block;
import dev.lede.article.IsoDates;
import dev.lede.article.RelatedLink;
import dev.lede.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A list of items (a feed's, or a list page's headlines) as body text, for {@code --dump} and
 * for the reader's text view of a list: each item a linked heading with a line under it for its
 * host (when it is on another site), date and summary, under the heading of its section.
 */
final class ItemBlocks {
    /** Level of a section heading ("World"). */
    static final int SECTION_LEVEL = 2;
    /** Level of an item's heading, under its section. */
    static final int ITEM_LEVEL = 3;

    private ItemBlocks() {
    }

    /**
     * @param items the items in list order
     * @param site  the list's own site: items on another site show their host; {@code null} shows none
     * @param empty what the body says when there are no items
     */
    static List<Block> of(List<RelatedLink> items, String site, String empty) {
        List<Block> body = new ArrayList<>();
        String section = null;
        for (RelatedLink item : items) {
            if (item.section() != null && !Objects.equals(item.section(), section)) {
                body.add(new Block.Heading(SECTION_LEVEL, List.of(Span.plain(item.section()))));
            }
            section = item.section();
            body.add(new Block.Heading(ITEM_LEVEL, List.of(new Span(item.title(), Set.of(), item.url()))));
            List<Span> about = new ArrayList<>();
            String host = Links.site(item.url());
            if (site != null && host != null && !host.equals(site)) {
                about.add(new Span(host, Set.of(Span.Mark.EMPHASIS), null));
            }
            String day = IsoDates.day(item.published(), IsoDates.Style.MEDIUM);
            if (day != null) {
                about.add(new Span((about.isEmpty() ? "" : " · ") + day, Set.of(Span.Mark.EMPHASIS), null));
            }
            if (item.summary() != null) {
                about.add(Span.plain((about.isEmpty() ? "" : " · ") + item.summary()));
            }
            if (!about.isEmpty()) {
                body.add(new Block.Paragraph(about));
            }
        }
        if (body.isEmpty()) {
            body.add(new Block.Paragraph(List.of(Span.plain(empty))));
        }
        return body;
    }
}
