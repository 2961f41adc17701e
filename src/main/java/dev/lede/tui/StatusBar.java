package dev.lede.tui;

import com.googlecode.lanterna.TerminalPosition;
import dev.lede.layout.Clip;
import dev.lede.layout.Role;
import dev.lede.layout.TextWidth;
import dev.lede.reader.Prompt;
import dev.lede.reader.ReaderState;
import dev.lede.reader.StatusLine;

/**
 * The bottom row: where the reader is and the key hint, a message in bold, or the prompt being
 * typed with the cursor in it.
 */
final class StatusBar {
    private final Theme theme;

    StatusBar(Theme theme) {
        this.theme = theme;
    }

    /** Draws the bar on {@code row}; returns where the cursor should stand, or {@code null} for hidden. */
    TerminalPosition render(ReaderState state, Painter painter, int row, int columns) {
        painter.clear(row, 0, columns);
        StatusLine status = StatusLine.of(state);
        int rightWidth = TextWidth.of(status.right());
        int rightStart = columns - 1 - rightWidth;
        boolean showRight = rightStart > TextWidth.of(status.left()) + 3 || rightStart > columns / 2;
        int leftRoom = Math.max(0, (showRight ? rightStart - 2 : columns - 1) - 1);
        TerminalPosition cursor = null;
        if (status.cursor() >= 0 && state.prompt() != null) {
            cursor = prompt(state.prompt(), painter, row, leftRoom);
        } else {
            // Shortened parts before a cut: "rel 7 · F" says more than "related: 7 (T…".
            String left = TextWidth.of(status.left()) > leftRoom ? status.compact() : status.left();
            painter.put(1, row, Clip.withEllipsis(left, leftRoom),
                    state.status() != null ? theme.look(Role.STRONG) : theme.look(Role.BODY));
        }
        if (showRight) {
            painter.put(rightStart, row, status.right(), theme.chrome());
        }
        return cursor;
    }

    /**
     * The prompt: its label always in view, the line scrolled sideways (an ellipsis marks text
     * out of view on the left) so the cursor is always on screen.
     */
    private TerminalPosition prompt(Prompt prompt, Painter painter, int row, int room) {
        String label = prompt.purpose().label();
        String text = prompt.text();
        int cursor = prompt.cursor();
        int textRoom = Math.max(1, room - TextWidth.of(label));
        int start = 0;
        String marker = "";
        if (TextWidth.of(text.substring(0, cursor)) >= textRoom) {
            marker = "…";
            while (start < cursor && TextWidth.of(marker + text.substring(start, cursor)) >= textRoom) {
                start = text.offsetByCodePoints(start, 1);
            }
        }
        Theme.Look look = theme.look(Role.BODY);
        int col = painter.put(1, row, Clip.withEllipsis(label, room), theme.look(Role.STRONG));
        col = painter.put(col, row, marker, theme.chrome());
        int cursorColumn = col + TextWidth.of(text.substring(start, cursor));
        painter.put(col, row, Clip.withEllipsis(text.substring(start), Math.max(0, 1 + room - col)), look);
        return new TerminalPosition(cursorColumn, row);
    }
}
