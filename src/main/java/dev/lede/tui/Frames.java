package dev.lede.tui;

import com.googlecode.lanterna.screen.Screen;
import dev.lede.reader.Document;
import dev.lede.reader.Focus;
import dev.lede.reader.ReaderState;
import java.io.IOException;

/**
 * Puts reader states on the screen one frame at a time. When only the reading position moved
 * by less than a screenful, the text region is scrolled first ({@link Screen#scrollLines}), so
 * the refresh sends a scroll and the lines that came into view rather than every line again.
 */
final class Frames {
    private final Screen screen;
    private final View view;
    private ReaderState shown;

    Frames(Screen screen, View view) {
        this.screen = screen;
        this.view = view;
    }

    /** Draws {@code state} and refreshes the screen. */
    void show(ReaderState state) throws IOException {
        int distance = scrollDistance(shown, state);
        if (distance != 0) {
            screen.scrollLines(View.TEXT_TOP, View.TEXT_TOP + View.textRows(state) - 1, distance);
        }
        view.render(state, screen);
        screen.refresh();
        shown = state;
    }

    /** Forgets what is on screen (after a resize or a redraw from scratch): the next frame scrolls nothing. */
    void forget() {
        shown = null;
    }

    /** Lines the text moved up (positive) or down between two frames of the same article, or 0 when it is not a plain move. */
    static int scrollDistance(ReaderState before, ReaderState after) {
        if (before == null || before.focus() != Focus.READING || after.focus() != Focus.READING
                || before.columns() != after.columns() || before.rows() != after.rows()) {
            return 0;
        }
        Document was = before.document();
        Document now = after.document();
        if (was == null || now == null || was.layout() != now.layout()) {
            return 0;
        }
        int distance = now.top() - was.top();
        return Math.abs(distance) < View.textRows(after) ? distance : 0;
    }
}
