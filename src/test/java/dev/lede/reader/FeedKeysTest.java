package dev.lede.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.RelatedLink;
import dev.lede.article.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A feed in the pure reader: it opens as its list, Back comes to the item left, F opens a page's feed. */
class FeedKeysTest {
    private static final String FEED = "https://gazette.example/feed.rss";
    private static final List<RelatedLink> ITEMS = List.of(
            new RelatedLink("Ferry", "https://gazette.example/ferry", "2026-11-28T09:15:00Z", "Back at night."),
            new RelatedLink("Café", "https://gazette.example/cafe", null, null),
            new RelatedLink("Lay-up", "https://gazette.example/lay-up", null, "Until March."));

    private final Driver driver = new Driver();

    private static Article feed() {
        return new Article(FEED, "Gazette", "Gazette", null, null, "en", null,
                List.of(new Block.Paragraph(List.of(Span.plain("Items.")))), ITEMS, null, true);
    }

    private static Article page(String url, String feed) {
        return new Article(url, "A story", null, null, null, "en", null,
                List.of(new Block.Paragraph(List.of(Span.plain("Text of the story.")))), List.of(), feed, false);
    }

    private ReaderState start() {
        return ReaderState.initial(100, 30, 72);
    }

    @Test
    void capitalB_onAFeedItem_handsOverOnlyWebAddresses() {
        Article mixed = new Article(FEED, "Gazette", "Gazette", null, null, "en", null,
                List.of(new Block.Paragraph(List.of(Span.plain("Items.")))),
                List.of(ITEMS.get(0), new RelatedLink("Archive", "ftp://gazette.example/archive", null, null)), null, true);
        ReaderState list = driver.loaded(start(), FEED, mixed);
        assertEquals(List.of(new Effect.OpenInBrowser("https://gazette.example/ferry")),
                driver.step(list, Key.of('B')).effects());
        Step ftp = driver.step(driver.press(list, Key.of('j')), Key.of('B'));
        assertEquals(List.of(), ftp.effects());
        assertEquals("Only web addresses open in a browser, not gazette.example/archive.",
                StatusLine.of(ftp.state()).left());
    }

    @Test
    void feed_opensWithItsListInFocus_onTheFirstItem() {
        ReaderState state = driver.loaded(start(), FEED, feed());
        assertEquals(Focus.RELATED, state.focus());
        assertEquals(0, state.selected());
        assertEquals("item 1/3 · Enter open · Esc as text · gazette.example/ferry", StatusLine.of(state).left());
    }

    @Test
    void back_fromAnItem_returnsToTheListOnThatItem() {
        ReaderState list = driver.loaded(start(), FEED, feed());
        list = driver.press(list, Key.of(Key.Kind.DOWN), Key.of(Key.Kind.DOWN));
        Step open = driver.step(list, Key.of(Key.Kind.ENTER));
        ReaderState item = driver.answer(open, ITEMS.get(2).url(), page(ITEMS.get(2).url(), null));
        assertEquals(Focus.READING, item.focus());
        Step back = driver.step(item, Key.of('h'));
        ReaderState again = driver.answer(back, FEED, feed());
        assertEquals(Focus.RELATED, again.focus());
        assertEquals(2, again.selected());
    }

    @Test
    void f_onAPageOfferingAFeed_opensIt_andOnOtherPagesSaysThereIsNone() {
        ReaderState page = driver.loaded(start(), "https://gazette.example/story", page("https://gazette.example/story", FEED));
        assertEquals("page 1/1 · 100% · feed (F)", StatusLine.of(page).left());
        Step f = driver.step(page, Key.of('F'));
        assertEquals(FEED, ((Effect.Load) f.effects().get(0)).target());

        ReaderState plain = driver.loaded(start(), "https://gazette.example/other", page("https://gazette.example/other", null));
        assertEquals("This page offers no feed.", StatusLine.of(driver.press(plain, Key.of('F'))).left());
    }

    @Test
    void emptyFeed_opensAsText() {
        Article empty = new Article(FEED, "Gazette", null, null, null, null, null,
                List.of(new Block.Paragraph(List.of(Span.plain("This feed has no items.")))), List.of(), null, true);
        assertEquals(Focus.READING, driver.loaded(start(), FEED, empty).focus());
    }
}
