package dev.lede.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.Span;
import dev.lede.testing.Articles;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadingKeysTest {
    private static final String STORY = "http://127.0.0.1/story";
    private final Driver driver = new Driver();
    private ReaderState reading;

    @BeforeEach
    void openStory() {
        reading = driver.loaded(ReaderState.initial(80, 24, 72), STORY, linked());
    }

    /** An article whose paragraphs link to /a, /b, /a again and /c. */
    private static Article linked() {
        Article base = Articles.numbered(20, 2);
        List<Block> body = new java.util.ArrayList<>(base.body());
        body.add(0, new Block.Paragraph(List.of(Span.plain("See "), link("the first", "http://127.0.0.1/a"),
                Span.plain(" and "), link("the second", "http://127.0.0.1/b"), Span.plain("."))));
        body.add(3, new Block.Paragraph(List.of(link("first again", "http://127.0.0.1/a"), Span.plain(", "),
                link("third", "http://127.0.0.1/c"))));
        return new Article(base.url(), base.title(), base.site(), base.byline(), base.published(), base.lang(),
                base.standfirst(), body, base.related());
    }

    private static Span link(String text, String href) {
        return new Span(text, Set.of(), href);
    }

    @Test
    void bottom_whenTheLastPageIsShort_showsTheLastFullScreenWithTheEndOnTheBottomRow() {
        int shortLastPages = 0;
        for (int paragraphs = 8; paragraphs <= 30; paragraphs++) {
            ReaderState open = driver.loaded(ReaderState.initial(80, 24, 72), STORY, Articles.numbered(paragraphs, 2));
            Document doc = open.document();
            if (doc.pages().lastStart() > doc.layout().size() - open.textRows()) {
                shortLastPages++;
            }
            ReaderState bottom = driver.press(open, Key.of('G'));
            Document end = bottom.document();
            assertEquals(end.layout().size() - bottom.textRows(), end.top(), paragraphs + " paragraphs: the screen is full");
            assertEquals(bottom.textRows(), end.pages().visibleLines(end.top()), "every text row shows a line");
            String pages = "page " + end.pages().count() + "/" + end.pages().count() + " · 100%";
            assertTrue(StatusLine.of(bottom).left().startsWith(pages), StatusLine.of(bottom).left());
            assertEquals("End of article.", StatusLine.of(driver.press(bottom, Key.of(' '))).left());
            ReaderState pagedBack = driver.press(bottom, Key.of('b'), Key.of(' '));
            assertTrue(pagedBack.document().atEnd(), "paging back and on again reaches the end");
        }
        assertTrue(shortLastPages > 3, "the lengths tried include short last pages: " + shortLastPages);
    }

    @Test
    void digitsThenEnter_followTheNumberedLink() {
        ReaderState typing = driver.press(reading, Key.of('3'));
        assertEquals("Follow link [3] 127.0.0.1/c", StatusLine.of(typing).left(), "the address shows before Enter");
        Step enter = driver.step(typing, Key.of(Key.Kind.ENTER));
        assertEquals("http://127.0.0.1/c", ((Effect.Load) enter.effects().get(0)).target(),
                "links are numbered by first appearance, one number per address");
        assertEquals(0, enter.state().document().top(), "Enter followed the link instead of scrolling");
    }

    @Test
    void linkNumber_canBeCorrected_orCancelled() {
        ReaderState typo = driver.press(reading, Key.of('1'), Key.of('2'), Key.of(Key.Kind.BACKSPACE));
        assertEquals("Follow link [1] 127.0.0.1/a", StatusLine.of(typo).left());
        assertEquals("Follow link [12]", StatusLine.of(driver.press(reading, Key.of('1'), Key.of('2'))).left(),
                "no address for a number with no link");
        Step enter = driver.step(typo, Key.of(Key.Kind.ENTER));
        assertEquals("http://127.0.0.1/a", ((Effect.Load) enter.effects().get(0)).target());
        ReaderState cancelled = driver.press(reading, Key.of('2'), Key.of(Key.Kind.ESCAPE));
        assertEquals("", cancelled.digits());
        assertEquals(List.of(), driver.step(cancelled, Key.of(Key.Kind.ENTER)).effects(), "Enter scrolls again");
    }

    @Test
    void linkNumber_outOfRange_saysWhatExists() {
        Step enter = driver.step(driver.press(reading, Key.of('9')), Key.of(Key.Kind.ENTER));
        assertEquals(List.of(), enter.effects());
        assertEquals("No link [9]: links are numbered 1 to 3.", enter.state().status());
    }

    @Test
    void otherKey_endsTheLinkNumber_andActs() {
        ReaderState scrolled = driver.press(reading, Key.of('2'), Key.of('j'));
        assertEquals("", scrolled.digits());
        assertEquals(1, scrolled.document().top());
    }

    @Test
    void escape_whileLoading_stopsWaiting_andTheLateAnswerIsIgnored() {
        Step open = driver.step(reading, Key.of(']'));
        Effect.Load load = (Effect.Load) open.effects().get(0);
        ReaderState stopped = driver.press(open.state(), Key.of(Key.Kind.ESCAPE));
        assertEquals(false, stopped.loading());
        assertEquals("Stopped loading 127.0.0.1/related/1.", stopped.status());
        ReaderState late = driver.update.apply(stopped, new Msg.Loaded(load.request(), load.target(),
                Articles.numbered(3, 0))).state();
        assertEquals(reading.document().article(), late.document().article(), "the open article stays");
    }

    @Test
    void angleBrackets_scrollWidePreformattedText_andStopAtItsEnd() {
        String wide = "0123456789".repeat(12) + "END";
        Article code = new Article("http://127.0.0.1/code", "Code", null, null, null, "en", null,
                List.of(new Block.Paragraph(List.of(Span.plain("Before."))), new Block.Preformatted(wide)), List.of());
        ReaderState state = driver.loaded(ReaderState.initial(80, 24, 72), "http://127.0.0.1/code", code);
        int line = -1;
        for (int i = 0; i < state.document().layout().size(); i++) {
            if (state.document().layout().line(i).text().contains("0123456789")) {
                line = i;
            }
        }
        String before = state.document().shown().line(line).text();
        assertTrue(!before.contains("END"), before);
        ReaderState right = driver.press(state, Key.of('>'));
        assertEquals(ReadingMode.SHIFT_STEP, right.document().shift());
        assertTrue(!right.document().shown().line(line).text().equals(before), "the code line moved");
        ReaderState far = right;
        for (int i = 0; i < 30; i++) {
            far = driver.press(far, Key.of('>'));
        }
        assertEquals(far.document().layout().maxShift(), far.document().shift(), "no further than the text goes");
        assertTrue(far.document().shown().line(line).text().contains("END"), far.document().shown().line(line).text());
        assertEquals(0, driver.press(right, Key.of('<')).document().shift());
        assertEquals("Nothing here is wider than the page.", driver.press(reading, Key.of('>')).status());
    }

    @Test
    void y_copiesTheArticleUrl() {
        Step copy = driver.step(reading, Key.of('y'));
        assertEquals(List.of(new Effect.CopyToClipboard(STORY)), copy.effects());
        assertEquals("Copied " + STORY, StatusLine.of(copy.state()).left());
        Step inList = driver.step(driver.press(reading, Key.of(Key.Kind.TAB), Key.of('j')), Key.of('y'));
        assertEquals(List.of(new Effect.CopyToClipboard("http://127.0.0.1/related/2")), inList.effects(),
                "in the related list, y copies the selected article's address");
    }

    @Test
    void onLedesOwnPage_yCopiesNothing_andOOpensAnEmptyPrompt() {
        Article start = new Article("lede:start", "lede", "lede", null, null, "en", null, Articles.numbered(3, 0).body(),
                List.of());
        ReaderState home = driver.loaded(ReaderState.initial(80, 24, 72), "lede:start", start);
        Step copy = driver.step(home, Key.of('y'));
        assertEquals(List.of(), copy.effects());
        assertEquals("This page has no address to copy.", StatusLine.of(copy.state()).left());
        assertEquals("", driver.press(home, Key.of('O')).prompt().text());
    }

    @Test
    void capitalB_opensInTheBrowser_andTheOutcomeIsShown() {
        Step open = driver.step(reading, Key.of('B'));
        assertEquals(List.of(new Effect.OpenInBrowser(STORY)), open.effects());
        ReaderState reported = driver.update.apply(open.state(), new Msg.Reported("Set $BROWSER to open pages in a browser."))
                .state();
        assertEquals("Set $BROWSER to open pages in a browser.", StatusLine.of(reported).left());
        assertEquals("page 1/", StatusLine.of(driver.press(reported, Key.of('j'))).left().substring(0, 7),
                "the message clears with the next key");
    }

    @Test
    void capitalB_onALocalFile_handsNothingToTheBrowser() {
        ReaderState file = driver.loaded(ReaderState.initial(80, 24, 72), "saved/page.html",
                new Article(null, "Saved", null, null, null, "en", null, List.of(Articles.paragraph("Text.")), List.of()));
        Step open = driver.step(file, Key.of('B'));
        assertEquals(List.of(), open.effects());
        assertEquals("Only web addresses open in a browser, not saved/page.html.", StatusLine.of(open.state()).left());
    }

    @Test
    void help_scrollsWhenLongerThanTheScreen_andAnyOtherKeyCloses() {
        ReaderState small = driver.update.apply(reading, new Msg.Resized(80, 12)).state();
        ReaderState help = driver.press(small, Key.of('?'));
        assertEquals(Focus.HELP, help.focus());
        ReaderState scrolled = driver.press(help, Key.of('j'), Key.of('j'));
        assertEquals(2, scrolled.helpTop());
        assertEquals(Focus.HELP, scrolled.focus());
        int rows = HelpPage.rows(Keymap.defaults()).size();
        assertEquals(rows - small.textRows(), driver.press(help, Key.of('G')).helpTop(), "the last row at the foot");
        assertEquals(Focus.READING, driver.press(scrolled, Key.of('x')).focus());
        assertEquals(0, driver.press(driver.press(scrolled, Key.of('x')), Key.of('?')).helpTop(), "help reopens at its top");
    }

    @Test
    void rebindings_driveTheKeys() {
        Driver custom = new Driver(new Update(Keymap.defaults().rebind(Action.PAGE_DOWN, Key.of('q'))
                .rebind(Action.QUIT, Key.of('x')), dev.lede.layout.Layouter::layout));
        ReaderState state = custom.loaded(ReaderState.initial(80, 24, 72), STORY, linked());
        ReaderState paged = custom.press(state, Key.of('q'));
        assertTrue(!paged.quitting() && paged.document().top() > 0, "q pages");
        assertTrue(custom.press(paged, Key.of('x')).quitting(), "x quits");
    }

    @Test
    void placeIsRemembered_andReopeningReturnsThere() {
        ReaderState deep = driver.press(reading, Key.of(' '), Key.of(' '), Key.of('j'));
        Step quit = driver.step(deep, Key.of('q'));
        Effect.RememberPlace kept = (Effect.RememberPlace) quit.effects().get(0);
        assertEquals(STORY, kept.target());
        assertEquals(deep.document().anchor(), kept.anchor());

        ReaderState nextRun = ReaderState.initial(100, 30, 72)
                .withPlaces(java.util.Map.of(kept.target(), kept.anchor()));
        ReaderState reopened = driver.loaded(nextRun, STORY, linked());
        assertEquals(kept.anchor().unit(), reopened.document().anchor().unit(), "the same paragraph on top");
        assertTrue(reopened.document().top() > 0);
    }

    @Test
    void leavingAnArticle_remembersItsPlace() {
        ReaderState deep = driver.press(reading, Key.of(' '));
        Step open = driver.step(deep, Key.of(']'));
        Effect.Load load = (Effect.Load) open.effects().get(0);
        Step arrived = driver.update.apply(open.state(), new Msg.Loaded(load.request(), load.target(),
                Articles.numbered(3, 0)));
        assertEquals(List.of(new Effect.RememberPlace(STORY, deep.document().article().title(),
                deep.document().anchor()), new Effect.Prefetch(load.target(), List.of())), arrived.effects());
    }
}
