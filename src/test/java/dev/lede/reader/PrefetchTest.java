package dev.lede.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.testing.Articles;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Loading related articles ahead: asked for when an article opens, marked ready as they arrive. */
class PrefetchTest {
    private static final String STORY = "http://127.0.0.1/story";
    private final Driver driver = new Driver();
    private final Article article = Articles.numbered(12, 3);

    private Step openedStory() {
        Step opened = driver.update.open(ReaderState.initial(100, 30, 72), STORY);
        Effect.Load load = (Effect.Load) opened.effects().get(0);
        return driver.update.apply(opened.state(), new Msg.Loaded(load.request(), STORY, article));
    }

    @Test
    void openingAnArticle_asksForItsRelatedArticlesInListOrder() {
        assertTrue(openedStory().effects().contains(new Effect.Prefetch(STORY, List.of(
                "http://127.0.0.1/related/1", "http://127.0.0.1/related/2", "http://127.0.0.1/related/3"))));
    }

    @Test
    void prefetched_marksThatRelatedArticleReady() {
        ReaderState state = openedStory().state();
        ReaderState next = driver.update.apply(state, new Msg.Prefetched("http://127.0.0.1/related/2")).state();
        assertEquals(Set.of("http://127.0.0.1/related/2"), next.document().ready());
        assertTrue(next.document().isReady("http://127.0.0.1/related/2"));
        assertFalse(next.document().isReady("http://127.0.0.1/related/1"));
    }

    @Test
    void prefetched_forAnArticleNotInTheList_changesNothing() {
        ReaderState state = openedStory().state();
        ReaderState next = driver.update.apply(state, new Msg.Prefetched("http://127.0.0.1/elsewhere")).state();
        assertEquals(Set.of(), next.document().ready());
    }

    @Test
    void readyMarks_surviveAResize() {
        ReaderState state = driver.update.apply(openedStory().state(),
                new Msg.Prefetched("http://127.0.0.1/related/1")).state();
        ReaderState resized = driver.update.apply(state, new Msg.Resized(60, 20)).state();
        assertTrue(resized.document().isReady("http://127.0.0.1/related/1"));
    }

    @Test
    void prefetched_beforeAnyArticle_isIgnored() {
        ReaderState initial = ReaderState.initial(100, 30, 72);
        assertEquals(initial, driver.update.apply(initial, new Msg.Prefetched("http://127.0.0.1/related/1")).state());
    }
}
