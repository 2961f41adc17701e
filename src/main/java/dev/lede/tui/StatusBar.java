package dev.lede.tui;

import com.googlecode.lanterna.TerminalPosition;
import dev.lede.layout.Clip;
import dev.lede.layout.Role;
import dev.lede.layout.TextWidth;
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
        if (status.cursor() >= 0) {
            cursor = prompt(status, painter, row, leftRoom);
        } else {
            painter.put(1, row, Clip.withEllipsis(status.left(), leftRoom),
                    state.status() != null ? theme.look(Role.STRONG) : theme.look(Role.BODY));
        }
        if (showRight) {
            painter.put(rightStart, row, status.right(), theme.chrome());
        }
        return cursor;
    }

    /** The prompt, scrolled sideways so the cursor is always in view. */
    private TerminalPosition prompt(StatusLine status, Painter painter, int row, int room) {
        String text = status.left();
        int start = 0;
        while (start < status.cursor() && TextWidth.of(text.substring(start, status.cursor())) >= room) {
            start = text.offsetByCodePoints(start, 1);
        }
        String shown = text.substring(start);
        String beforeCursor = text.substring(start, status.cursor());
        painter.put(1, row, Clip.withEllipsis(shown, room), theme.look(Role.BODY));
        return new TerminalPosition(1 + TextWidth.of(beforeCursor), row);
    }
}
