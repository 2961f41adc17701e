package dev.lede.tui;

import dev.lede.article.RelatedLink;
import dev.lede.layout.Clip;
import dev.lede.layout.Role;
import java.util.List;
import java.util.Set;

/**
 * The related-articles list: a numbered list with the selection in reverse, scrolled to keep
 * it in view; an article already loaded ahead carries a {@value #READY} after its title.
 */
final class RelatedView {
    /** The narrowest the list is drawn, so titles stay readable on a narrow measure. */
    static final int MIN_WIDTH = 40;
    /** The mark of an article loaded ahead: opening it needs no network. */
    static final String READY = "✓";

    private final Theme theme;

    RelatedView(Theme theme) {
        this.theme = theme;
    }

    void render(List<RelatedLink> related, Set<String> ready, int selected, int measure, Painter painter, int top,
                int rows, int columns) {
        for (int r = 0; r < rows; r++) {
            painter.clear(top + r, 0, columns);
        }
        int width = Math.max(1, Math.min(columns - 2, Math.max(measure, MIN_WIDTH)));
        int margin = Math.max(1, (columns - width) / 2);
        String heading = "Related articles (" + related.size() + ")" + (ready.isEmpty() ? "" : "  " + READY + " ready");
        painter.put(margin, top, Clip.withEllipsis(heading, width),
                theme.look(Role.HEADING));
        int listTop = top + 2;
        int listRows = Math.max(1, rows - 2);
        int first = Math.max(0, Math.min(selected - listRows / 2, related.size() - listRows));
        int numberWidth = String.valueOf(related.size()).length();
        for (int r = 0; r < listRows && first + r < related.size() && listTop + r < top + rows; r++) {
            int index = first + r;
            String number = String.format("%" + numberWidth + "d. ", index + 1);
            boolean isReady = ready.contains(related.get(index).url());
            String mark = isReady ? " " + READY : "";
            String title = Clip.withEllipsis(related.get(index).title(),
                    Math.max(1, width - number.length() - 1 - mark.length())) + mark;
            boolean isSelected = index == selected;
            Theme.Look look = isSelected ? theme.selection() : theme.look(Role.BODY);
            int col = painter.put(margin, listTop + r, number, isSelected ? look : theme.look(Role.LIST_MARKER));
            col = painter.put(col, listTop + r, title, look);
            if (isSelected) {
                painter.put(col, listTop + r, " ".repeat(Math.max(0, margin + width - col)), look);
            }
        }
    }
}
