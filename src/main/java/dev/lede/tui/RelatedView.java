package dev.lede.tui;

import dev.lede.article.Article;
import dev.lede.article.RelatedLink;
import dev.lede.layout.Clip;
import dev.lede.layout.MetaLine;
import dev.lede.layout.Role;
import java.util.List;
import java.util.Set;

/**
 * The related-articles list, a feed's items, or a list page's headlines: a numbered list with
 * the selection in reverse, scrolled to keep it in view; an article already loaded ahead carries
 * a {@value #READY} after its title. A feed's items and a list page's headlines take a second
 * line for their host (when on another site), date and summary, and a blank between, which
 * names the page's section where a new one starts.
 */
final class RelatedView {
    /** The narrowest the list is drawn, so titles stay readable on a narrow measure. */
    static final int MIN_WIDTH = 40;
    /** The mark of an article loaded ahead: opening it needs no network. */
    static final String READY = "✓";
    /** Rows a feed item takes: title, date and summary, blank. */
    static final int FEED_ITEM_ROWS = 3;

    private final Theme theme;

    RelatedView(Theme theme) {
        this.theme = theme;
    }

    void render(Article article, Set<String> ready, int selected, int measure, Painter painter, int top,
                int rows, int columns) {
        List<RelatedLink> related = article.related();
        for (int r = 0; r < rows; r++) {
            painter.clear(top + r, 0, columns);
        }
        int width = Math.max(1, Math.min(columns - 2, Math.max(measure, MIN_WIDTH)));
        int margin = Math.max(1, (columns - width) / 2);
        String heading = (article.isFeed() ? article.title() + " · " + related.size() + " items"
                : article.kind() == Article.Kind.LIST ? article.title() + " · " + related.size() + " headlines"
                : "Related articles (" + related.size() + ")") + (ready.isEmpty() ? "" : "  " + READY + " ready");
        painter.put(margin, top, Clip.withEllipsis(heading, width), theme.look(Role.HEADING));
        int listTop = top + 2;
        int listRows = Math.max(1, rows - 2);
        boolean detailed = article.opensAsList() && listRows >= FEED_ITEM_ROWS;
        String site = RelatedLink.hostOf(article.url());
        int perItem = detailed ? FEED_ITEM_ROWS : 1;
        int shown = Math.max(1, listRows / perItem);
        int first = Math.max(0, Math.min(selected - shown / 2, related.size() - shown));
        int numberWidth = String.valueOf(related.size()).length();
        for (int k = 0; k < shown && first + k < related.size(); k++) {
            int index = first + k;
            int row = listTop + k * perItem;
            if (row >= top + rows) {
                break;
            }
            RelatedLink link = related.get(index);
            String number = String.format("%" + numberWidth + "d. ", index + 1);
            String mark = ready.contains(link.url()) ? " " + READY : "";
            String title = Clip.withEllipsis(link.title(), Math.max(1, width - number.length() - 1 - mark.length()))
                    + mark;
            boolean isSelected = index == selected;
            Theme.Look look = isSelected ? theme.selection() : theme.look(Role.BODY);
            int col = painter.put(margin, row, number, isSelected ? look : theme.look(Role.LIST_MARKER));
            col = painter.put(col, row, title, look);
            if (isSelected) {
                painter.put(col, row, " ".repeat(Math.max(0, margin + width - col)), look);
            }
            if (detailed && row + 1 < top + rows) {
                details(link, site, painter, margin + number.length(), row + 1, width - number.length());
            }
            String section = link.section();
            if (detailed && section != null && (index == 0 || !section.equals(related.get(index - 1).section()))) {
                painter.put(margin, row - 1, Clip.withEllipsis(section, width), theme.look(Role.HEADING));
            }
        }
    }

    /** "other.example · 28 Nov 2026 · The summary, cut to the line…" under an item's title. */
    private void details(RelatedLink link, String site, Painter painter, int column, int row, int width) {
        String date = MetaLine.shortDate(link.published());
        String host = RelatedLink.hostOf(link.url());
        if (site != null && host != null && !host.equals(site)) {
            date = date == null ? host : host + " · " + date;
        }
        int col = column;
        if (date != null) {
            col = painter.put(col, row, Clip.withEllipsis(date, width), theme.look(Role.META));
        }
        if (link.summary() != null) {
            String lead = date != null ? " · " : "";
            int room = width - (col - column) - lead.length();
            if (room > 1) {
                col = painter.put(col, row, lead, theme.look(Role.META));
                painter.put(col, row, Clip.withEllipsis(link.summary(), room), theme.look(Role.STANDFIRST));
            }
        }
    }
}
