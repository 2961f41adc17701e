package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lede.app.ArticleLoader;
import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --ascii} on screen: a UTF-8 terminal that is told to draw ASCII gets nothing else. */
class AsciiScreenIT {
    /** A terminal that could show every glyph. */
    private static final Map<String, String> UTF8_XTERM = Map.of("TERM", "xterm-256color", "LANG", "en_GB.UTF-8");

    private final ArticleLoader loader =
            new ArticleLoader(new Fetcher(FetchOptions.defaults("test")), FetchOptions.DEFAULT_MAX_BYTES);

    private static long nonAscii(String screen) {
        return screen.codePoints().filter(c -> c >= 0x80).count();
    }

    @Test
    void ascii_drawsEveryCellInAscii_articleAndRelatedList() throws Exception {
        try (DemoServer server = DemoServer.start(DemoEdition.load());
             VirtualScreen vs = new VirtualScreen(100, 30, loader, server.leadUrl(),
                     new TuiOptions(72, false).withAscii(true), UTF8_XTERM)) {
            String page = vs.awaitText("page 1/");
            assertEquals(0, nonAscii(page), page);
            assertTrue(page.lines().skip(1).findFirst().orElse("").matches("-{100}"), "the rule is dashes:\n" + page);
            assertTrue(page.contains(" - related: "), "the status line's separators are ASCII:\n" + page);
            vs.press(KeyType.Tab);
            String list = vs.awaitText("Related articles (");
            assertEquals(0, nonAscii(list), list);
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }

    @Test
    void ascii_writesThePagesEllipsesAsThreeDots(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("page.html");
        java.nio.file.Files.writeString(file, "<!DOCTYPE html><html lang=\"en\"><head><title>Q</title></head><body>"
                + "<article><h1>The \u201cghost ships\u201d</h1><p>\u201cWait\u2026\u201d she said \u2014 "
                + "\u2018not yet\u2019. " + "More words follow here. ".repeat(20) + "</p></article></body></html>");
        try (VirtualScreen vs = new VirtualScreen(100, 30, loader, file.toString(),
                new TuiOptions(72, false).withAscii(true), UTF8_XTERM)) {
            String page = vs.awaitText("page 1/");
            assertEquals(0, nonAscii(page), page);
            assertTrue(page.contains("\"Wait...\" she said - 'not yet'."), page);
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }

    @Test
    void withoutAscii_theSameTerminalGetsItsGlyphs() throws Exception {
        try (DemoServer server = DemoServer.start(DemoEdition.load());
             VirtualScreen vs = new VirtualScreen(100, 30, loader, server.leadUrl(), new TuiOptions(72, false),
                     UTF8_XTERM)) {
            String page = vs.awaitText("page 1/");
            assertTrue(page.lines().skip(1).findFirst().orElse("").matches("─{100}"), page);
            assertTrue(page.contains(" · related: "), page);
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }
}
