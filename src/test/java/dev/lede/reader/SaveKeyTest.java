package dev.lede.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.testing.Articles;
import org.junit.jupiter.api.Test;

/** {@code s} asks the runtime to save the open article, or to take it off the reading list. */
class SaveKeyTest {
    private static final String STORY = "http://127.0.0.1/story";
    private final Driver driver = new Driver();

    @Test
    void s_onAnArticle_asksToToggleItOnTheReadingList_withItsAddressAndHeadline() {
        Article article = Articles.numbered(20, 2).withUrl("http://127.0.0.1/story-final");
        ReaderState reading = driver.loaded(ReaderState.initial(80, 24, 72), STORY, article);
        Step step = driver.step(reading, Key.of('s'));
        assertEquals(1, step.effects().size(), step.effects().toString());
        assertEquals(new Effect.ToggleSaved(STORY, "http://127.0.0.1/story-final", article.title()),
                step.effects().get(0));
    }

    @Test
    void s_onTheStartPage_saysItCannotBeSaved_andAsksNothing() {
        Article start = new Article(Article.BUILT_IN_SCHEME + "start", "lede", "lede", null, null, "en", null,
                Articles.numbered(3, 1).body(), java.util.List.of());
        ReaderState reading = driver.loaded(ReaderState.initial(80, 24, 72), Article.BUILT_IN_SCHEME + "start", start);
        Step step = driver.step(reading, Key.of('s'));
        assertTrue(step.effects().isEmpty(), step.effects().toString());
        assertEquals("lede's own pages cannot be saved.", step.state().status());
    }

    @Test
    void helpScreen_listsTheSaveKey() {
        assertEquals(java.util.List.of(Key.of('s')), Keymap.defaults().keys(Action.SAVE));
        assertTrue(HelpPage.rows(Keymap.defaults()).stream().anyMatch(row -> row.keys().equals("s")
                && row.description().contains("save to the reading list")), HelpPage.rows(Keymap.defaults()).toString());
    }
}
