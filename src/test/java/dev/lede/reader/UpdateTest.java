package dev.lede.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateTest {
    private static final String STORY = "http://127.0.0.1/story";
    private final Update update = Update.standard();
    private final Article article = Articles.numbered(60, 12);
    private ReaderState reading;

    @BeforeEach
    void openStory() {
        reading = loaded(ReaderState.initial(80, 24, 72), STORY, article);
    }

    /** Opens {@code target} and answers its load with {@code answer}. */
    private ReaderState loaded(ReaderState state, String target, Article answer) {
        Step opened = update.open(state, target);
        Effect.Load load = (Effect.Load) opened.effects().get(0);
        assertEquals(target, load.target());
        return update.apply(opened.state(), new Msg.Loaded(load.request(), target, answer)).state();
    }

    private Step step(ReaderState state, Key key) {
        return update.apply(state, new Msg.KeyPressed(key));
    }

    private ReaderState press(ReaderState state, Key... keys) {
        for (Key key : keys) {
            state = step(state, key).state();
        }
        return state;
    }

    private static int top(ReaderState state) {
        return state.document().top();
    }

    @Test
    void open_emitsLoad_andShowsLoading() {
        Step step = update.open(ReaderState.initial(80, 24, 72), STORY);
        assertEquals(List.of(new Effect.Load(1, STORY, false)), step.effects());
        assertTrue(step.state().loading());
        assertTrue(StatusLine.of(step.state()).left().startsWith("Loading 127.0.0.1/story"));
    }

    @Test
    void loaded_showsArticleAtTop_withPageCountInStatus() {
        assertEquals(0, top(reading));
        assertEquals(article, reading.document().article());
        String status = StatusLine.of(reading).left();
        assertTrue(status.startsWith("page 1/" + reading.document().pages().count()), status);
        assertTrue(status.contains("related: 12 (Tab)"), status);
    }

    @Test
    void lineKeys_scrollOneLine() {
        for (Key down : List.of(Key.of('j'), Key.of(Key.Kind.DOWN), Key.of(Key.Kind.ENTER))) {
            assertEquals(1, top(press(reading, down)));
        }
        ReaderState three = press(reading, Key.of('j'), Key.of('j'), Key.of('j'));
        assertEquals(2, top(press(three, Key.of('k'))));
        assertEquals(2, top(press(three, Key.of(Key.Kind.UP))));
        assertEquals(0, top(press(reading, Key.of('k'))), "no scrolling above the top");
    }

    @Test
    void pageKeys_moveByPages() {
        int second = reading.document().pages().start(1);
        for (Key next : List.of(Key.of(' '), Key.of(Key.Kind.PAGE_DOWN), Key.of('f'))) {
            ReaderState paged = press(reading, next);
            assertEquals(second, top(paged));
            assertEquals(1, paged.document().page());
        }
        ReaderState two = press(reading, Key.of(' '), Key.of(' '));
        assertEquals(second, top(press(two, Key.of('b'))));
        assertEquals(second, top(press(two, Key.of(Key.Kind.PAGE_UP))));
    }

    @Test
    void halfPageKeys_moveHalfTheTextRows() {
        int half = reading.textRows() / 2;
        ReaderState down = press(reading, Key.of('d'));
        assertEquals(half, top(down));
        assertEquals(0, top(press(down, Key.of('u'))));
    }

    @Test
    void topAndBottomKeys() {
        int max = reading.document().layout().size() - reading.textRows(); // the end on the bottom row, as in less
        for (Key end : List.of(Key.of('G'), Key.of(Key.Kind.END))) {
            assertEquals(max, top(press(reading, end)));
        }
        for (Key home : List.of(Key.of('g'), Key.of(Key.Kind.HOME))) {
            assertEquals(0, top(press(press(reading, Key.of('G')), home)));
        }
        ReaderState bottom = press(reading, Key.of('G'));
        Step beyond = step(bottom, Key.of(' '));
        assertEquals(max, top(beyond.state()));
        assertEquals("End of article.", beyond.state().status());
    }

    @Test
    void tab_focusesRelated_arrowsMove_escAndTabReturn() {
        ReaderState panel = press(reading, Key.of(Key.Kind.TAB));
        assertEquals(Focus.RELATED, panel.focus());
        assertEquals(0, panel.selected());
        assertEquals("related 1/12 · Enter open · Esc back · 127.0.0.1/related/1", StatusLine.of(panel).left(),
                "the status bar names the selected article's address");
        ReaderState moved = press(panel, Key.of(Key.Kind.DOWN), Key.of('j'), Key.of(Key.Kind.DOWN), Key.of('k'));
        assertEquals(2, moved.selected());
        assertEquals(0, press(panel, Key.of(Key.Kind.UP)).selected(), "selection stops at the first");
        assertEquals(11, press(panel, Key.of('G')).selected());
        assertEquals(Focus.READING, press(moved, Key.of(Key.Kind.ESCAPE)).focus());
        assertEquals(Focus.READING, press(moved, Key.of(Key.Kind.TAB)).focus());
        assertEquals(0, top(press(moved, Key.of(Key.Kind.DOWN))), "arrows in the panel do not scroll the text");
    }

    @Test
    void enterInPanel_opensSelectedRelated_andBackspaceReturnsToTheSamePlace() {
        ReaderState paged = press(reading, Key.of(' '), Key.of('j'));
        ReaderState panel = press(paged, Key.of(Key.Kind.TAB), Key.of(Key.Kind.DOWN));
        Step enter = step(panel, Key.of(Key.Kind.ENTER));
        Effect.Load load = (Effect.Load) enter.effects().get(0);
        assertEquals("http://127.0.0.1/related/2", load.target());
        Article other = Articles.numbered(10, 0);
        ReaderState opened = update.apply(enter.state(), new Msg.Loaded(load.request(), load.target(), other)).state();
        assertEquals(other, opened.document().article());
        assertEquals(Focus.READING, opened.focus());
        assertEquals(0, top(opened));

        Step back = step(opened, Key.of(Key.Kind.BACKSPACE));
        Effect.Load again = (Effect.Load) back.effects().get(0);
        assertEquals(STORY, again.target());
        ReaderState returned = update.apply(back.state(), new Msg.Loaded(again.request(), STORY, article)).state();
        assertEquals(top(paged), top(returned), "back to the identical place");
        assertEquals(List.of(), returned.back());
        assertEquals(1, returned.forward().size());
    }

    @Test
    void backKeys_allGoBack_forwardKeysReturn() {
        Step opened = step(reading, Key.of(']'));
        Effect.Load load = (Effect.Load) opened.effects().get(0);
        assertEquals("http://127.0.0.1/related/1", load.target());
        ReaderState there = update.apply(opened.state(), new Msg.Loaded(load.request(), load.target(),
                Articles.numbered(5, 0))).state();
        for (Key back : List.of(Key.of(Key.Kind.LEFT), Key.of('h'), Key.of(Key.Kind.BACKSPACE))) {
            Effect.Load backLoad = (Effect.Load) step(there, back).effects().get(0);
            assertEquals(STORY, backLoad.target());
        }
        Step back = step(there, Key.of('h'));
        Effect.Load backLoad = (Effect.Load) back.effects().get(0);
        ReaderState home = update.apply(back.state(), new Msg.Loaded(backLoad.request(), STORY, article)).state();
        for (Key forward : List.of(Key.of(Key.Kind.RIGHT), Key.of('l'))) {
            Effect.Load forwardLoad = (Effect.Load) step(home, forward).effects().get(0);
            assertEquals("http://127.0.0.1/related/1", forwardLoad.target());
        }
    }

    @Test
    void back_withNoHistory_saysSo() {
        Step step = step(reading, Key.of('h'));
        assertEquals(List.of(), step.effects());
        assertEquals("No previous article.", step.state().status());
    }

    @Test
    void brackets_walkTheRelatedList() {
        Step first = step(reading, Key.of(']'));
        Effect.Load load = (Effect.Load) first.effects().get(0);
        ReaderState one = update.apply(first.state(), new Msg.Loaded(load.request(), load.target(),
                Articles.numbered(5, 3))).state();
        Effect.Load next = (Effect.Load) step(one, Key.of(']')).effects().get(0);
        assertEquals("http://127.0.0.1/related/2", next.target(), "] continues the list it came from");
        Step before = step(one, Key.of('['));
        assertEquals("This is the first related article.", before.state().status());
        Effect.Load last = (Effect.Load) step(reading, Key.of('[')).effects().get(0);
        assertEquals("http://127.0.0.1/related/12", last.target());
    }

    @Test
    void reload_bypassesCache_andKeepsThePlace() {
        ReaderState paged = press(reading, Key.of(' '), Key.of('j'));
        Step reload = step(paged, Key.of('r'));
        Effect.Load load = (Effect.Load) reload.effects().get(0);
        assertTrue(load.reload());
        ReaderState again = update.apply(reload.state(), new Msg.Loaded(load.request(), STORY, article)).state();
        assertEquals(top(paged), top(again));
        assertEquals(List.of(), again.back(), "a reload is not a new history entry");
    }

    @Test
    void help_opensWithQuestionMarkOrF1_andAnyKeyCloses() {
        for (Key help : List.of(Key.of('?'), Key.of(Key.Kind.F1))) {
            ReaderState shown = press(reading, help);
            assertEquals(Focus.HELP, shown.focus());
            assertEquals(Focus.READING, press(shown, Key.of('x')).focus());
            ReaderState closedByQ = press(shown, Key.of('q'));
            assertEquals(Focus.READING, closedByQ.focus());
            assertTrue(!closedByQ.quitting(), "q leaves help before it quits, as in less");
        }
    }

    @Test
    void quitKeys_quit() {
        for (Key quit : List.of(Key.of('q'), Key.ctrl('c'))) {
            Step step = step(reading, quit);
            assertTrue(step.state().quitting());
            assertEquals(List.of(new Effect.RememberPlace(STORY, article.title(), reading.document().anchor()),
                    new Effect.Quit()), step.effects());
        }
        assertTrue(step(press(reading, Key.of('?')), Key.ctrl('c')).state().quitting(), "Ctrl-C quits from help");
    }

    @Test
    void loadFailed_showsMessage_andKeepsTheArticle() {
        Step step = step(reading, Key.of(']'));
        Effect.Load load = (Effect.Load) step.effects().get(0);
        ReaderState failed = update.apply(step.state(),
                new Msg.LoadFailed(load.request(), load.target(), "127.0.0.1: HTTP 404 Not Found")).state();
        assertEquals("127.0.0.1: HTTP 404 Not Found", StatusLine.of(failed).left());
        assertEquals(article, failed.document().article());
        assertNull(failed.pending());
        assertNull(press(failed, Key.of('j')).status(), "the message goes with the next key");
    }

    @Test
    void staleResult_isIgnored() {
        Step first = step(reading, Key.of(']'));
        ReaderState panel = press(first.state(), Key.of(Key.Kind.TAB), Key.of(Key.Kind.DOWN));
        Effect.Load firstLoad = (Effect.Load) first.effects().get(0);
        Step enter = step(panel, Key.of(Key.Kind.ENTER));
        ReaderState stale = update.apply(enter.state(), new Msg.Loaded(firstLoad.request(), firstLoad.target(),
                Articles.numbered(3, 0))).state();
        assertEquals(article, stale.document().article(), "an answer to an abandoned request changes nothing");
        assertNotNull(stale.pending());
    }

    @Test
    void resize_keepsTheFirstVisibleWord() {
        ReaderState deep = press(reading, Key.of(' '), Key.of(' '), Key.of('j'), Key.of('j'));
        String firstWord = deep.document().layout().line(top(deep)).text().strip().split(" ")[0];
        int anchorUnit = deep.document().anchor().unit();
        ReaderState narrow = update.apply(deep, new Msg.Resized(50, 30)).state();
        String shown = narrow.document().layout().line(top(narrow)).text();
        assertEquals(anchorUnit, narrow.document().layout().line(top(narrow)).anchor().unit());
        assertTrue(shown.contains(firstWord), () -> "'" + firstWord + "' not in '" + shown + "'");
        assertEquals(48, narrow.document().layout().width());
    }

    @Test
    void everyMessageKind_isHandled() {
        for (Class<?> kind : Msg.class.getPermittedSubclasses()) {
            Msg msg = sample(kind);
            assertNotNull(update.apply(reading, msg), kind.getSimpleName());
        }
    }

    private Msg sample(Class<?> kind) {
        if (kind == Msg.KeyPressed.class) {
            return new Msg.KeyPressed(Key.of('j'));
        } else if (kind == Msg.Resized.class) {
            return new Msg.Resized(100, 40);
        } else if (kind == Msg.Loaded.class) {
            return new Msg.Loaded(99, STORY, article);
        } else if (kind == Msg.LoadFailed.class) {
            return new Msg.LoadFailed(99, STORY, "failed");
        } else if (kind == Msg.Reported.class) {
            return new Msg.Reported("Opened in firefox.");
        } else if (kind == Msg.Prefetched.class) {
            return new Msg.Prefetched("http://127.0.0.1/related/1");
        } else if (kind == Msg.InputEnded.class) {
            return new Msg.InputEnded();
        }
        throw new AssertionError("no sample message for " + kind + ": add one, and handle it in Update");
    }
}
