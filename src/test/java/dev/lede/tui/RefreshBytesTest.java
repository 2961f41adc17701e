package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.app.ArticleLoader;
import dev.lede.demo.DemoEdition;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.layout.Layouter;
import dev.lede.reader.Effect;
import dev.lede.reader.Key;
import dev.lede.reader.Keymap;
import dev.lede.reader.Msg;
import dev.lede.reader.ReaderState;
import dev.lede.reader.Step;
import dev.lede.reader.Update;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bytes on the wire per keypress at 80x24, on the demo lead, through the real update, view and
 * screen onto a byte-counting terminal. The counts are deterministic, so they are pinned as a
 * budget: `less` writes about 29 bytes per line scroll and 640 per page on its own text.
 */
class RefreshBytesTest {
    static final int COLUMNS = 80;
    static final int ROWS = 24;
    /** A line scroll: the scroll codes, one new line of text (at most 72 columns) and the status figures. */
    static final int LINE_SCROLL_BUDGET = 128;
    /** A page turn: no more than a screenful of text. */
    static final int PAGE_TURN_BUDGET = COLUMNS * ROWS;

    private ByteCountingTerminal terminal;
    private Frames frames;
    private Update update;
    private ReaderState state;

    @BeforeEach
    void openDemoLead() throws IOException {
        DemoEdition edition = DemoEdition.load();
        String url = "http://127.0.0.1:8" + edition.lead().path();
        ArticleLoader loader = new ArticleLoader(new Fetcher(FetchOptions.defaults("test")), 1 << 20);
        terminal = new ByteCountingTerminal(COLUMNS, ROWS);
        FrugalScreen screen = new FrugalScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        frames = new Frames(screen, new View(Theme.of(false), Keymap.defaults()));
        update = new Update(Keymap.defaults(), Layouter::layout);
        state = ReaderState.initial(COLUMNS, ROWS, Layouter.DEFAULT_MEASURE);
        Step opened = update.open(state, url);
        state = opened.state();
        long request = opened.effects().stream().filter(Effect.Load.class::isInstance).map(Effect.Load.class::cast)
                .findFirst().orElseThrow().request();
        state = update.apply(state, new Msg.Loaded(request, url, loader.remember(url, edition.page(edition.lead(),
                "http://127.0.0.1:8")))).state();
        frames.show(state);
        terminal.takeCount();
    }

    private int press(char key) throws IOException {
        state = update.apply(state, new Msg.KeyPressed(Key.of(key))).state();
        frames.show(state);
        return terminal.takeCount();
    }

    @Test
    void lineScroll_sendsAScrollAndOneLine_notTheScreen() throws IOException {
        press('j');
        String wire = "";
        int most = 0;
        for (int i = 0; i < 10; i++) {
            state = update.apply(state, new Msg.KeyPressed(Key.of('j'))).state();
            frames.show(state);
            wire = terminal.take();
            most = Math.max(most, wire.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
        assertTrue(wire.contains("\u001b[3;22r"), "a line scroll uses a scroll region: " + wire);
        assertTrue(most <= LINE_SCROLL_BUDGET, "a line scroll wrote " + most + " bytes");
    }

    @Test
    void lineScrollBack_alsoScrolls() throws IOException {
        press(' ');
        press('k');
        int bytes = press('k');
        assertTrue(bytes <= LINE_SCROLL_BUDGET, "a line scroll back wrote " + bytes + " bytes");
    }

    @Test
    void pageTurn_writesNoMoreThanAScreenful() throws IOException {
        for (int i = 0; i < 3; i++) {
            int bytes = press(' ');
            assertTrue(bytes <= PAGE_TURN_BUDGET, "a page turn wrote " + bytes + " bytes");
        }
    }

    @Test
    void idleRefresh_writesNothing() throws IOException {
        press('j');
        frames.show(state);
        assertEquals(0, terminal.takeCount());
    }

    @Test
    void neverClearsTheScreenToRedraw() throws IOException {
        press('j');
        press(' ');
        press('k');
        press('b');
        state = update.apply(state, new Msg.KeyPressed(Key.of('j'))).state();
        frames.show(state);
        assertFalse(terminal.take().contains("\u001b[2J"), "no clear screen after the first frame");
    }
}
