package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import dev.lede.app.ArticleLoader;
import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.layout.TextWidth;
import dev.lede.reader.Focus;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Resizing in every mode (reading with search hits, the related list, help, a prompt) down to
 * tiny and up to large terminals: the reader keeps going, stays in its mode, and never draws a
 * row wider than the terminal.
 */
class ResizeScreenIT {
    private static final List<TerminalSize> SIZES = List.of(new TerminalSize(30, 8), new TerminalSize(12, 5), new TerminalSize(6, 3), new TerminalSize(1, 1),
            new TerminalSize(140, 50), new TerminalSize(80, 24));

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

    private void resizeThroughAllSizes(VirtualScreen vs, Focus mode) throws InterruptedException {
        for (TerminalSize size : SIZES) {
            vs.terminal.setTerminalSize(size);
            String frame = vs.await(size + " in " + mode, text -> text.lines().count() == size.getRows()
                    && vs.state().columns() == size.getColumns() && vs.state().rows() == size.getRows());
            for (String row : frame.split("\n")) {
                assertTrue(TextWidth.of(row) <= size.getColumns(), () -> size + " " + mode + ": row too wide: " + row);
            }
            assertEquals(mode, vs.state().focus(), "a resize keeps the mode");
        }
    }

    @Test
    void everyMode_survivesEverySize() throws Exception {
        String word = server.edition().lead().title().split(" ")[0];
        try (VirtualScreen vs = new VirtualScreen(80, 24, loader, server.leadUrl())) {
            vs.awaitText("page 1/");
            vs.type('/');
            vs.typeText(word);
            vs.press(KeyType.Enter);
            vs.await("a search", text -> vs.state().search() != null);
            resizeThroughAllSizes(vs, Focus.READING);
            assertEquals(word, vs.state().search().term(), "the search survives");

            vs.press(KeyType.Tab);
            vs.await("the related list", text -> vs.state().focus() == Focus.RELATED);
            vs.press(KeyType.ArrowDown);
            resizeThroughAllSizes(vs, Focus.RELATED);
            vs.press(KeyType.Escape);

            vs.type('?');
            vs.await("help", text -> vs.state().focus() == Focus.HELP);
            resizeThroughAllSizes(vs, Focus.HELP);
            vs.type('x');

            vs.type('o');
            vs.typeText("a-rather-long-address.example.com/with/a/path/that/does/not/fit/anywhere");
            vs.await("the prompt", text -> vs.state().focus() == Focus.PROMPT);
            resizeThroughAllSizes(vs, Focus.PROMPT);
            vs.press(KeyType.Escape);
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
    }
}
