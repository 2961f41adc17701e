package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lede.app.ArticleLoader;
import dev.lede.demo.DemoArticle;
import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.layout.TextWidth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole reader end to end: the demo server on loopback, real fetch and extraction, the
 * reader loop drawing on Lanterna's virtual terminal, keys typed in, the screen read back.
 */
class ReaderScreenIT {
    private DemoServer server;
    private ArticleLoader loader;

    @BeforeEach
    void start() {
        server = DemoServer.start(DemoEdition.load());
        loader = new ArticleLoader(new Fetcher(FetchOptions.defaults("test")), FetchOptions.DEFAULT_MAX_BYTES);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void reader_opensPagesIntoRelatedAndBackToTheSameScreen() throws Exception {
        DemoEdition edition = server.edition();
        DemoArticle lead = edition.lead();
        DemoArticle second = edition.relatedTo(lead).get(1);
        try (VirtualScreen vs = new VirtualScreen(100, 30, loader, server.leadUrl())) {
            String first = vs.awaitText(lead.title());
            assertTrue(first.contains("The Lede Gazette"), "site in the title bar");
            assertTrue(first.contains("page 1/"), "page count in the status bar");
            assertTrue(first.contains("By " + lead.byline()), "byline line");
            assertNoRowWiderThan(vs, 100);

            vs.type(' ');
            String pageTwo = vs.awaitText("page 2/");
            assertFalse(pageTwo.contains(lead.title()), "the headline scrolled away");

            vs.press(KeyType.Tab);
            String panel = vs.awaitText("Related articles (" + edition.relatedTo(lead).size() + ")");
            assertTrue(panel.contains(second.title()));

            vs.press(KeyType.ArrowDown);
            vs.press(KeyType.Enter);
            String opened = vs.awaitText("By " + second.byline());
            assertTrue(opened.contains(second.title()));
            assertTrue(opened.contains("page 1/"));
            assertNoRowWiderThan(vs, 100);

            vs.press(KeyType.Backspace);
            vs.await("the same screen as before Tab", pageTwo::equals);

            vs.type('q');
            assertTrue(vs.awaitExit(), "q ends the reader");
        }
    }

    @Test
    void reader_helpListsTheKeys_andCtrlCQuits() throws Exception {
        try (VirtualScreen vs = new VirtualScreen(80, 24, loader, server.leadUrl())) {
            vs.awaitText("page 1/");
            vs.type('?');
            String help = vs.awaitText("Keys");
            for (String line : List.of("line down", "page down", "history back", "quit")) {
                assertTrue(help.contains(line), "help mentions " + line);
            }
            vs.type('x');
            vs.awaitText("page 1/");
            vs.ctrl('c');
            assertTrue(vs.awaitExit(), "Ctrl-C ends the reader");
        }
    }

    @Test
    void reader_failedLink_showsOneLineInStatus_andStaysUsable() throws Exception {
        // Nothing loaded ahead: with prefetch the next article would open from memory, not fail.
        try (VirtualScreen vs = new VirtualScreen(80, 24, loader, server.leadUrl(),
                new TuiOptions(72, false), 0)) {
            vs.awaitText("page 1/");
            server.close(); // the next article cannot be fetched
            vs.type(']');
            // "Loading 127.0.0.1:…" comes first; wait for the failure itself, or the key below races it.
            String failed = vs.await("a connection error", text -> text.contains("connection refused")
                    || text.contains("127.0.0.1") && !text.contains("Loading "));
            String status = failed.lines().reduce((a, b) -> b).orElse("");
            assertTrue(status.contains("127.0.0.1"), status);
            vs.type(' ');
            vs.awaitText("page 2/");
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }

    @Test
    void reader_resize_reflowsToTheNewWidth() throws Exception {
        try (VirtualScreen vs = new VirtualScreen(100, 30, loader, server.leadUrl())) {
            vs.awaitText("page 1/");
            vs.terminal.setTerminalSize(new com.googlecode.lanterna.TerminalSize(60, 20));
            // The reader must have taken the resize in, not merely been cut to size by the terminal
            // (a frame drawn for another message, a prefetch say, can land just after the resize).
            vs.await("a reflow to 60 columns", text -> vs.state().columns() == 60 && text.lines().count() == 20
                    && text.contains("page 1/") && text.lines().allMatch(row -> row.length() <= 60));
            assertNoRowWiderThan(vs, 60);
            assertEquals(58, vs.state().document().layout().width());
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }

    private static void assertNoRowWiderThan(VirtualScreen vs, int columns) {
        for (String row : vs.text().split("\n")) {
            assertTrue(TextWidth.of(row) <= columns, () -> "row wider than " + columns + ": " + row);
        }
    }
}
