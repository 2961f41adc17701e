package dev.lede.tui;

import dev.lede.layout.Clip;
import dev.lede.layout.Role;
import dev.lede.layout.TextWidth;
import dev.lede.reader.HelpPage;
import java.util.List;

/** The help screen: the active keymap's rows, keys in bold, scrolled from {@code helpTop}. */
final class HelpView {
    /** The width the help table is centred in. */
    static final int TABLE_WIDTH = 64;

    private final Theme theme;

    HelpView(Theme theme) {
        this.theme = theme;
    }

    void render(List<HelpPage.Row> rows, int helpTop, Painter painter, int top, int height, int columns) {
        for (int r = 0; r < height; r++) {
            painter.clear(top + r, 0, columns);
        }
        int keysWidth = 0;
        for (HelpPage.Row row : rows) {
            keysWidth = Math.max(keysWidth, TextWidth.of(row.keys()));
        }
        int margin = Math.max(1, (columns - TABLE_WIDTH) / 2);
        int descriptionCol = Math.min(margin + keysWidth + 3, Math.max(margin, columns / 2));
        for (int r = 0; r < height && helpTop + r < rows.size(); r++) {
            HelpPage.Row row = rows.get(helpTop + r);
            if (row.isHeading()) {
                painter.put(margin, top + r, Clip.withEllipsis(row.description(), columns - margin - 1),
                        theme.look(Role.HEADING));
                continue;
            }
            int col = painter.put(margin, top + r, Clip.withEllipsis(row.keys(), descriptionCol - margin - 1),
                    theme.look(Role.STRONG));
            int at = Math.max(col + 1, descriptionCol);
            painter.put(at, top + r, Clip.withEllipsis(row.description(), Math.max(0, columns - at - 1)),
                    theme.look(Role.BODY));
        }
    }
}
