package dev.lede.tui;

import dev.lede.article.Article;
import dev.lede.article.RelatedLink;
import dev.lede.layout.Clip;
import dev.lede.layout.MetaLine;
import dev.lede.layout.Role;
import dev.lede.layout.TextWidth;
import java.util.List;
import java.util.Set;

/**
 * The related-articles list, or a feed's items: a numbered list with the selection in reverse,
 * scrolled to keep it in view; an article already loaded ahead carries a {@value #READY} after
 * its title. A title too long for its row takes a second one; a feed's items take a row more for
 * their date and summary, and a blank between.
 */
final class RelatedView {
    /** The narrowest the list is drawn, so titles stay readable on a narrow measure. */
    static final int MIN_WIDTH = 40;
    /** The mark of an article loaded ahead: opening it needs no network. */
    static final String READY = "✓";
    /** Rows a feed item takes with a one-row title: title, date and summary, blank. */
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
                : "Related articles (" + related.size() + ")") + (ready.isEmpty() ? "" : "  " + READY + " ready");
        painter.put(margin, top, Clip.withEllipsis(heading, width), theme.look(Role.HEADING));
        int listTop = top + 2;
        int listRows = Math.max(1, rows - 2);
        boolean detailed = article.isFeed() && listRows >= FEED_ITEM_ROWS;
        int numberWidth = String.valueOf(related.size()).length();
        int titleColumn = numberWidth + 2;
        // A title that does not fit takes a second row, above a feed item's date and summary.
        List<List<String>> titles = new java.util.ArrayList<>(related.size());
        for (RelatedLink link : related) {
            String mark = ready.contains(link.url()) ? " " + READY : "";
            int room = Math.max(1, width - titleColumn - 1 - mark.length());
            List<String> rowsOfTitle = wrapped(link.title(), room, TITLE_ROWS);
            List<String> marked = new java.util.ArrayList<>(rowsOfTitle);
            marked.set(marked.size() - 1, marked.get(marked.size() - 1) + mark);
            titles.add(marked);
        }
        int perItemExtra = detailed ? FEED_ITEM_ROWS - 1 : 0;
        int first = firstShown(titles, perItemExtra, selected, listRows);
        int row = listTop;
        for (int index = first; index < related.size(); index++) {
            List<String> title = titles.get(index);
            if (row + title.size() > top + rows) {
                break;
            }
            RelatedLink link = related.get(index);
            String number = String.format("%" + numberWidth + "d. ", index + 1);
            boolean isSelected = index == selected;
            Theme.Look look = isSelected ? theme.selection() : theme.look(Role.BODY);
            for (int line = 0; line < title.size(); line++) {
                int col = painter.put(margin, row + line, line == 0 ? number : " ".repeat(number.length()),
                        isSelected ? look : theme.look(Role.LIST_MARKER));
                col = painter.put(col, row + line, title.get(line), look);
                if (isSelected) {
                    painter.put(col, row + line, " ".repeat(Math.max(0, margin + width - col)), look);
                }
            }
            row += title.size();
            if (detailed && row < top + rows) {
                details(link, painter, margin + number.length(), row, width - number.length());
            }
            row += perItemExtra;
        }
    }

    /** Rows a related title may take before it is cut. */
    static final int TITLE_ROWS = 2;

    /**
     * The first item shown: the selected one as near the middle as the list allows, every item
     * {@code extra} rows more than its title.
     */
    private static int firstShown(List<List<String>> titles, int extra, int selected, int listRows) {
        int first = Math.max(0, Math.min(selected, titles.size() - 1));
        int used = titles.isEmpty() ? 0 : titles.get(first).size() + extra;
        while (first > 0 && used + titles.get(first - 1).size() + extra <= listRows / 2 + 1) {
            first--;
            used += titles.get(first).size() + extra;
        }
        int total = used;
        for (int i = selected + 1; i < titles.size(); i++) {
            total += titles.get(i).size() + extra;
        }
        while (first > 0 && total + titles.get(first - 1).size() + extra <= listRows) { // the end in view: fill up
            first--;
            total += titles.get(first).size() + extra;
        }
        return first;
    }

    /** {@code text} broken between words into at most {@code maxRows} rows of {@code width}, the last cut with an ellipsis. */
    static List<String> wrapped(String text, int width, int maxRows) {
        List<String> rows = new java.util.ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && rows.size() < maxRows - 1 && TextWidth.of(rest) > width) {
            int cut = -1;
            for (int space = rest.indexOf(' '); space > 0; space = rest.indexOf(' ', space + 1)) {
                if (TextWidth.of(rest.substring(0, space)) > width) {
                    break;
                }
                cut = space;
            }
            if (cut <= 0) {
                break; // one word wider than the row: cut below
            }
            rows.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1).strip();
        }
        rows.add(Clip.withEllipsis(rest, width));
        return rows;
    }

    /** "28 Nov 2026 · The summary, cut to the line…" under a feed item's title. */
    private void details(RelatedLink link, Painter painter, int column, int row, int width) {
        String date = MetaLine.shortDate(link.published());
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
