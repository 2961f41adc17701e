package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lede.app.ArticleLoader;
import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.reader.Action;
import dev.lede.reader.Key;
import dev.lede.reader.Keymap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every scrolling key of the keymap table, pressed on the virtual terminal: the screen moves
 * as a reader expects (a line, half a screen, a page, to either end), and back again.
 */
class ScrollKeysScreenIT {
    private static final int COLUMNS = 80;
    private static final int ROWS = 24;
    /** Text rows between the title bar and rule above and the rule and status bar below. */
    private static final int FIRST_TEXT_ROW = 2;

    private DemoServer server;
    private ArticleLoader loader;

    @BeforeEach
    void start() {
        server = DemoServer.start(DemoEdition.load());
        loader = new ArticleLoader(new Fetcher(FetchOptions.defaults("test")), FetchOptions.DEFAULT_MAX_BYTES);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static KeyStroke stroke(Key key) {
        if (key.kind() == Key.Kind.CHARACTER) {
            return new KeyStroke(key.ch(), key.ctrl(), key.alt());
        }
        KeyType type = switch (key.kind()) {
            case ENTER -> KeyType.Enter;
            case UP -> KeyType.ArrowUp;
            case DOWN -> KeyType.ArrowDown;
            case PAGE_UP -> KeyType.PageUp;
            case PAGE_DOWN -> KeyType.PageDown;
            case HOME -> KeyType.Home;
            case END -> KeyType.End;
            default -> throw new AssertionError("no key stroke for " + key);
        };
        return new KeyStroke(type);
    }

    private static String row(String frame, int row) {
        return frame.split("\n", -1)[row];
    }

    private static String status(String frame) {
        return row(frame, ROWS - 1);
    }

    /** Presses {@code key} and waits for a frame different from {@code before}. */
    private static String press(VirtualScreen vs, Key key, String before) throws InterruptedException {
        vs.terminal.addInput(stroke(key));
        return vs.await("a change after " + key.label(), text -> !text.equals(before));
    }

    @Test
    void everyScrollKey_movesTheText() throws Exception {
        Keymap keys = Keymap.defaults();
        try (VirtualScreen vs = new VirtualScreen(COLUMNS, ROWS, loader, server.leadUrl())) {
            String top = vs.awaitText("page 1/");
            int half = (ROWS - 4) / 2;
            for (Key down : keys.keys(Action.LINE_DOWN)) {
                String moved = press(vs, down, top);
                assertEquals(row(top, FIRST_TEXT_ROW + 1), row(moved, FIRST_TEXT_ROW), down.label() + " scrolls one line");
                for (Key up : keys.keys(Action.LINE_UP)) {
                    String back = press(vs, up, moved);
                    assertEquals(top, back, up.label() + " scrolls back");
                    moved = press(vs, down, back);
                }
                vs.terminal.addInput(stroke(keys.keys(Action.LINE_UP).get(0)));
                vs.await("back at the top", top::equals);
            }
            for (Key down : keys.keys(Action.HALF_PAGE_DOWN)) {
                String moved = press(vs, down, top);
                assertEquals(row(top, FIRST_TEXT_ROW + half), row(moved, FIRST_TEXT_ROW), down.label() + " half a screen");
                for (Key up : keys.keys(Action.HALF_PAGE_UP)) {
                    assertEquals(top, press(vs, up, moved), up.label() + " half a screen back");
                }
            }
            for (Key next : keys.keys(Action.PAGE_DOWN)) {
                String paged = press(vs, next, top);
                assertTrue(status(paged).startsWith(" page 2/"), next.label() + ": " + status(paged));
                assertFalse(paged.contains(row(top, FIRST_TEXT_ROW).strip()), "the headline is gone");
                for (Key previous : keys.keys(Action.PAGE_UP)) {
                    String back = press(vs, previous, paged);
                    assertEquals(top, back, previous.label() + " pages back");
                    paged = press(vs, next, back);
                }
                vs.terminal.addInput(stroke(keys.keys(Action.PAGE_UP).get(0)));
                vs.await("back at the top", top::equals);
            }
            for (Key end : keys.keys(Action.BOTTOM)) {
                String bottom = press(vs, end, top);
                assertTrue(status(bottom).contains("· 100%"), end.label() + ": " + status(bottom));
                for (Key home : keys.keys(Action.TOP)) {
                    assertEquals(top, press(vs, home, bottom), home.label() + " returns to the top");
                    bottom = press(vs, end, top);
                }
                vs.terminal.addInput(stroke(keys.keys(Action.TOP).get(0)));
                vs.await("back at the top", top::equals);
            }
        }
    }
}
