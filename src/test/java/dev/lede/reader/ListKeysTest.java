package dev.lede.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.RelatedLink;
import dev.lede.article.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list page in the pure reader: it opens as its headlines, L shows the other reading, / finds an item. */
class ListKeysTest {
    private static final String FRONT = "https://herald.example/";
    private static final List<RelatedLink> HEADLINES = List.of(
            new RelatedLink("Night ferry returns", "https://herald.example/ferry", null, "Back at night.", "Top stories"),
            new RelatedLink("Harbour wall repaired", "https://herald.example/wall", null, null, "Top stories"),
            new RelatedLink("Quotas agreed", "https://herald.example/quotas", null, "Cod and herring.", "World"));

    private final Driver driver = new Driver();

    private static Article reading(String url, String text) {
        return new Article(url, "The Harbour Herald", null, null, null, "en", null,
                List.of(new Block.Paragraph(List.of(Span.plain(text)))), List.of());
    }

    private static Article list() {
        return new Article(FRONT, "The Harbour Herald", null, null, null, "en", null,
                List.of(new Block.Paragraph(List.of(Span.plain("Headlines.")))), HEADLINES, null, Article.Kind.LIST,
                reading(FRONT, "Scraps of the front page."));
    }

    /** An article that offers the same headlines as a list. */
    private static Article articleOfferingList() {
        Article asList = new Article(FRONT, "The Harbour Herald", null, null, null, "en", null,
                List.of(new Block.Paragraph(List.of(Span.plain("Headlines.")))), HEADLINES, null, Article.Kind.LIST,
                null);
        return reading(FRONT, "An article that happens to link a lot.").withOther(asList);
    }

    private ReaderState start() {
        return ReaderState.initial(100, 30, 72);
    }

    @Test
    void listPage_opensAsItsHeadlines_andTheStatusLineSaysSo() {
        ReaderState state = driver.loaded(start(), FRONT, list());
        assertEquals(Focus.RELATED, state.focus());
        assertEquals("list · item 1/3 · Enter open · Esc as text · L article · herald.example/ferry",
                StatusLine.of(state).left());
    }

    @Test
    void l_onAListPage_showsTheArticleReading_andLAgainTheList() {
        ReaderState list = driver.loaded(start(), FRONT, list());
        ReaderState article = driver.press(list, Key.of('L'));
        assertEquals(Focus.READING, article.focus());
        assertEquals(Article.Kind.ARTICLE, article.document().article().kind());
        assertTrue(article.document().layout().lines().stream().anyMatch(l -> l.text().contains("Scraps of the front page.")));
        assertEquals("page 1/1 · 100% · list (L)", StatusLine.of(driver.press(article, Key.of('j'))).left());
        ReaderState again = driver.press(article, Key.of('L'));
        assertEquals(Focus.RELATED, again.focus());
        assertEquals(Article.Kind.LIST, again.document().article().kind());
    }

    @Test
    void articleOfferingAList_opensAsTheArticle_offersL_andLListsTheHeadlines() {
        ReaderState article = driver.loaded(start(), FRONT, articleOfferingList());
        assertEquals(Focus.READING, article.focus());
        assertEquals("page 1/1 · 100% · list (L)", StatusLine.of(article).left());
        ReaderState list = driver.press(article, Key.of('L'));
        assertEquals(Focus.RELATED, list.focus());
        assertEquals(0, list.selected());
    }

    @Test
    void l_onAPageWithNoList_saysSo() {
        ReaderState article = driver.loaded(start(), "https://herald.example/a", reading("https://herald.example/a", "Text."));
        ReaderState pressed = driver.press(article, Key.of('L'));
        assertEquals("This page has no list of articles.", StatusLine.of(pressed).left());
        assertEquals(Focus.READING, pressed.focus());
    }

    @Test
    void back_fromAHeadlineOfAnOfferedList_returnsToTheListOnThatItem() {
        ReaderState article = driver.loaded(start(), FRONT, articleOfferingList());
        ReaderState list = driver.press(article, Key.of('L'), Key.of('j'));
        Step open = driver.step(list, Key.of(Key.Kind.ENTER));
        ReaderState item = driver.answer(open, HEADLINES.get(1).url(), reading(HEADLINES.get(1).url(), "The wall."));
        Step back = driver.step(item, Key.of('h'));
        ReaderState again = driver.answer(back, FRONT, articleOfferingList());
        assertEquals(Focus.RELATED, again.focus(), "the list was shown, so the list comes back");
        assertEquals(1, again.selected());
    }

    @Test
    void slash_inTheList_selectsTheNextMatchingItem_andNGoesOn() {
        ReaderState list = driver.loaded(start(), FRONT, list());
        ReaderState found = driver.type(driver.press(list, Key.of('/')), "o");
        found = driver.press(found, Key.of(Key.Kind.ENTER));
        assertEquals(Focus.RELATED, found.focus(), "searching a list keeps the list");
        assertEquals(0, found.selected(), "'o' is in the first title: " + StatusLine.of(found).left());
        ReaderState herring = driver.press(driver.type(driver.press(found, Key.of('/')), "herring"), Key.of(Key.Kind.ENTER));
        assertEquals(2, herring.selected(), "a summary matches too");
        assertEquals("/herring · 1 of 1 items · n next · N previous", StatusLine.of(herring).left());
        ReaderState world = driver.press(driver.type(driver.press(herring, Key.of('/')), "World"), Key.of(Key.Kind.ENTER));
        assertEquals(2, world.selected(), "so does the section");
        ReaderState wall = driver.press(driver.type(driver.press(list, Key.of('/')), "wall"), Key.of(Key.Kind.ENTER));
        assertEquals(1, wall.selected());
        ReaderState missing = driver.press(driver.type(driver.press(list, Key.of('/')), "zebra"), Key.of(Key.Kind.ENTER));
        assertEquals("Not found: zebra", StatusLine.of(missing).left());
        assertEquals(0, missing.selected());
    }

    @Test
    void n_inTheList_wrapsToTheFirstMatch() {
        ReaderState list = driver.loaded(start(), FRONT, list());
        ReaderState found = driver.press(driver.type(driver.press(list, Key.of('/')), "r"), Key.of(Key.Kind.ENTER));
        assertEquals(0, found.selected());
        ReaderState next = driver.press(found, Key.of('n'));
        assertEquals(1, next.selected());
        ReaderState third = driver.press(next, Key.of('n'));
        assertEquals(2, third.selected());
        ReaderState wrapped = driver.press(third, Key.of('n'));
        assertEquals(0, wrapped.selected());
        assertEquals(2, driver.press(wrapped, Key.of('N')).selected());
    }
}
