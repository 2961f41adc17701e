package dev.lede.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.Articles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchTest {
    private final Driver driver = new Driver();
    private ReaderState reading;

    @BeforeEach
    void openStory() {
        reading = driver.loaded(ReaderState.initial(80, 24, 72), "http://127.0.0.1/story", Articles.numbered(60, 3));
    }

    private ReaderState search(ReaderState state, String term) {
        return driver.press(driver.type(driver.press(state, Key.of('/')), term), Key.of(Key.Kind.ENTER));
    }

    private static String currentLineText(ReaderState state) {
        return state.document().layout().line(state.search().currentHit().line()).text();
    }

    private static boolean onScreen(ReaderState state, int line) {
        int top = state.document().top();
        return line >= top && line < top + state.document().pages().visibleLines(top);
    }

    @Test
    void slash_findsTheFirstHitBelow_andScrollsItIntoView() {
        ReaderState found = search(reading, "paragraph 40 says");
        Search search = found.search();
        assertEquals(1, search.hits().size());
        assertTrue(currentLineText(found).toLowerCase().contains("paragraph 40 says"));
        assertTrue(onScreen(found, search.currentHit().line()), "the hit is on screen");
        assertTrue(found.document().top() > 0, "the text scrolled down to it");
        assertTrue(found.status().startsWith("/paragraph 40 says · 1 of 1"), found.status());
    }

    @Test
    void n_andN_stepThroughHits_andWrap() {
        ReaderState found = search(reading, "says what");
        int count = found.search().hits().size();
        assertEquals(60, count, "one per paragraph");
        ReaderState second = driver.press(found, Key.of('n'));
        assertEquals(1, second.search().current());
        assertTrue(onScreen(second, second.search().currentHit().line()));
        assertEquals(0, driver.press(second, Key.of('N')).search().current());
        ReaderState wrapped = driver.press(found, Key.of('N'));
        assertEquals(count - 1, wrapped.search().current());
        assertTrue(wrapped.status().endsWith("wrapped to the end"), wrapped.status());
        assertTrue(onScreen(wrapped, wrapped.search().currentHit().line()));
    }

    @Test
    void smartCase_capitalsMatchExactly() {
        assertEquals(60, search(reading, "paragraph").search().hits().size() / 2);
        assertEquals(60, search(reading, "Paragraph").search().hits().size(), "only the capitalised ones");
    }

    @Test
    void notFound_saysSo_andStaysPut() {
        ReaderState missing = search(reading, "zebra");
        assertEquals("Not found: zebra", missing.status());
        assertEquals(0, missing.document().top());
        assertEquals("Not found: zebra", driver.press(missing, Key.of('n')).status());
    }

    @Test
    void escape_clearsTheHighlights() {
        ReaderState found = search(reading, "says what");
        assertNull(driver.press(found, Key.of(Key.Kind.ESCAPE)).search());
    }

    @Test
    void emptySearch_repeatsTheLastTerm() {
        ReaderState found = search(reading, "says what");
        ReaderState again = search(found, "");
        assertEquals(1, again.search().current());
    }

    @Test
    void resize_keepsTheTermAndFindsItInTheNewLayout() {
        ReaderState found = driver.press(search(reading, "says what"), Key.of('n'), Key.of('n'));
        ReaderState narrow = driver.update.apply(found, new Msg.Resized(50, 20)).state();
        assertEquals("says what", narrow.search().term());
        for (Search.Hit hit : narrow.search().hits()) {
            String text = narrow.document().layout().line(hit.line()).text();
            assertEquals("says what", text.substring(hit.start(), hit.end()).toLowerCase());
        }
    }

    @Test
    void n_withoutASearch_explainsSlash() {
        assertEquals("No search yet: press / to search.", driver.press(reading, Key.of('n')).status());
    }
}
