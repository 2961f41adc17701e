package dev.lede.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.Articles;
import org.junit.jupiter.api.Test;

/** {@code =} opens the info screen as a page of its own, which Back leaves. */
class InfoKeyTest {
    private final Driver driver = new Driver();

    @Test
    void equals_opensTheInfoPage() {
        ReaderState reading = driver.loaded(ReaderState.initial(100, 30, 72), "http://127.0.0.1/story",
                Articles.numbered(12, 3));
        Step step = driver.step(reading, Key.of('='));
        Effect.Load load = (Effect.Load) step.effects().get(0);
        assertEquals(InfoPage.TARGET, load.target());
        assertTrue(step.state().pending() != null, "loading the info page");
    }

    @Test
    void escape_onTheInfoPage_goesBackToTheArticle() {
        ReaderState reading = driver.loaded(ReaderState.initial(100, 30, 72), "http://127.0.0.1/story",
                Articles.numbered(12, 3));
        ReaderState info = driver.answer(driver.step(reading, Key.of('=')), InfoPage.TARGET,
                Articles.numbered(4, 0));
        Step escape = driver.step(info, Key.of(Key.Kind.ESCAPE));
        Effect.Load load = (Effect.Load) escape.effects().get(0);
        assertEquals("http://127.0.0.1/story", load.target());
        assertEquals("http://127.0.0.1/story",
                driver.answer(escape, load.target(), Articles.numbered(12, 3)).document().target());
    }

    @Test
    void escape_onAnArticle_staysOnIt() {
        ReaderState first = driver.loaded(ReaderState.initial(100, 30, 72), "http://127.0.0.1/one",
                Articles.numbered(12, 3));
        ReaderState second = driver.loaded(first, "http://127.0.0.1/two", Articles.numbered(12, 3));
        Step escape = driver.step(second, Key.of(Key.Kind.ESCAPE));
        assertTrue(escape.effects().isEmpty(), "Esc on an article loads nothing");
        assertEquals("http://127.0.0.1/two", escape.state().document().target());
    }

    @Test
    void equals_isInTheKeymapAndTheHelp() {
        assertEquals(Action.INFO, Keymap.defaults().reading(Key.of('=')));
    }
}
