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
    void equals_isInTheKeymapAndTheHelp() {
        assertEquals(Action.INFO, Keymap.defaults().reading(Key.of('=')));
    }
}
