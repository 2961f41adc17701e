package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lede.app.ArticleLoader;
import dev.lede.app.Places;
import dev.lede.app.StartPage;
import dev.lede.article.RelatedLink;
import dev.lede.demo.DemoArticle;
import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.layout.TextWidth;
import dev.lede.reader.Action;
import dev.lede.reader.Key;
import dev.lede.reader.Keymap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys of DESIGN.md on Lanterna's virtual terminal against the demo edition on loopback:
 * the prompt, search highlights, help, link numbers, the start page, the clipboard, and that
 * no row is ever wider than the terminal.
 */
class NavigationScreenIT {
    private static final int COLUMNS = 80;
    private static final int ROWS = 24;

    @TempDir
    Path stateDir;
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

    private DemoArticle second() {
        return server.edition().relatedTo(server.edition().lead()).get(0);
    }

    /** Waits for {@code needle}, then checks the frame fits the terminal. */
    private static String see(VirtualScreen vs, String needle) throws InterruptedException {
        return fits(vs, vs.awaitText(needle));
    }

    private static String fits(VirtualScreen vs, String frame) {
        int columns = vs.terminal.getTerminalSize().getColumns();
        for (String row : frame.split("\n")) {
            assertTrue(TextWidth.of(row) <= columns, () -> "row wider than " + columns + ": " + row);
        }
        return frame;
    }

    /** Waits until the status row shows {@code needle}. */
    private static String status(VirtualScreen vs, String needle) throws InterruptedException {
        return fits(vs, vs.await("'" + needle + "' in the status row", text -> statusRow(text).contains(needle)));
    }

    private static String statusRow(String frame) {
        String[] rows = frame.split("\n");
        return rows[rows.length - 1];
    }

    @Test
    void o_typesAnAddressWithEditingKeys_andOpensIt() throws Exception {
        String url = server.url(second());
        try (VirtualScreen vs = new VirtualScreen(COLUMNS, ROWS, loader, server.leadUrl())) {
            see(vs, "page 1/");
            vs.type('o');
            see(vs, "Open:");
            vs.typeText("nonsense");
            see(vs, "Open: nonsense");
            vs.press(KeyType.Escape);
            String back = vs.await("the prompt gone", text -> !text.contains("Open:") && text.contains("page 1/"));
            assertFalse(back.contains("nonsense"));

            vs.type('o');
            vs.typeText(url + "XY");
            vs.press(KeyType.ArrowLeft);
            vs.press(KeyType.Backspace);
            vs.press(KeyType.End);
            vs.press(KeyType.Backspace);
            String typed = status(vs, url.substring(url.length() - 20) + "   ");
            assertFalse(statusRow(typed).contains("X"), "the typo is gone: " + statusRow(typed));
            assertTrue(statusRow(typed).contains(url.substring(url.length() - 40) + "   Enter")
                            && statusRow(typed).startsWith(" Open: …"),
                    "a long address scrolls so the cursor end stays in view: " + statusRow(typed));
            vs.press(KeyType.Enter);
            see(vs, "By " + second().byline());
        }
    }

    @Test
    void slash_highlightsHits_andNMoves() throws Exception {
        DemoArticle lead = server.edition().lead();
        String word = longestWord(lead.title());
        try (VirtualScreen vs = new VirtualScreen(COLUMNS, ROWS, loader, server.leadUrl())) {
            see(vs, "page 1/");
            vs.type('/');
            vs.typeText(word.toLowerCase());
            status(vs, "/" + word.toLowerCase());
            vs.press(KeyType.Enter);
            String found = status(vs, " of ");
            assertTrue(statusRow(found).contains("/" + word.toLowerCase() + " · 1 of "), statusRow(found));
            int row = rowContaining(found, word);
            int column = found.split("\n")[row].indexOf(word);
            assertTrue(vs.isReverse(column, row), "the hit is highlighted");
            assertFalse(vs.isReverse(Math.max(0, column - 2), row), "the text before it is not");
            vs.press(KeyType.Escape);
            vs.await("the highlight cleared", text -> !vs.isReverse(column, row));
        }
    }

    @Test
    void help_listsTheActiveKeymap_includingRebindings() throws Exception {
        TuiOptions options = new TuiOptions(72, false, Keymap.defaults().rebind(Action.HELP, Key.parse("F1"))
                .rebind(Action.COPY_URL, Key.parse("C-y")), Places.none());
        try (VirtualScreen vs = new VirtualScreen(100, 40, loader, server.leadUrl(), options)) {
            see(vs, "page 1/");
            vs.type('?');
            String help = see(vs, "Keys");
            assertTrue(help.contains("y Ctrl-y") && help.contains("copy the URL to the clipboard"), help);
            assertTrue(help.contains("open a URL") && help.contains("search in the article"), help);
            assertTrue(help.contains("follow the numbered link"), help);
            vs.type('q');
            String closed = see(vs, "page 1/");
            assertFalse(closed.contains("Keys"), "q leaves help first");
        }
    }

    @Test
    void startPage_listsDemoArticles_andANumberFollowsALink() throws Exception {
        List<RelatedLink> demo = new ArrayList<>();
        for (DemoArticle article : server.edition().articles()) {
            demo.add(new RelatedLink(article.title(), server.url(article)));
        }
        loader.cache().put(StartPage.TARGET, StartPage.article(List.of(), demo));
        Places places = Places.open(stateDir, Clock.systemUTC());
        TuiOptions options = new TuiOptions(72, false, Keymap.defaults(), places);
        DemoArticle two = server.edition().articles().get(1);
        try (VirtualScreen vs = new VirtualScreen(COLUMNS, ROWS, loader, StartPage.TARGET, options)) {
            see(vs, "The demo edition");
            see(vs, server.edition().articles().get(1).title().split(" ")[0]);
            see(vs, "\u00a0[2]");
            vs.type('2');
            see(vs, "Follow link [2]");
            vs.press(KeyType.Enter);
            see(vs, "By " + two.byline());
            vs.type(' ');
            see(vs, "page 2/");
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
        assertEquals(server.url(two), Places.open(stateDir, Clock.systemUTC()).recent(1).get(0).target(),
                "the article read is remembered for the next start page");
        try (VirtualScreen vs = new VirtualScreen(COLUMNS, ROWS, loader, server.url(two),
                new TuiOptions(72, false, Keymap.defaults(), Places.open(stateDir, Clock.systemUTC())))) {
            see(vs, "page 2/");
        }
    }

    @Test
    void y_sendsTheAddressAsOsc52() throws Exception {
        try (VirtualScreen vs = new VirtualScreen(COLUMNS, ROWS, loader, server.leadUrl())) {
            see(vs, "page 1/");
            vs.type('y');
            see(vs, "Copied ");
            String expected = "\u001b]52;c;" + Base64.getEncoder().encodeToString(
                    server.leadUrl().getBytes(StandardCharsets.UTF_8)) + "\u0007";
            assertTrue(vs.rawOutput().contains(expected), vs.rawOutput());
        }
    }

    @Test
    void brackets_walkTheRelatedList_andBackReturns() throws Exception {
        DemoArticle lead = server.edition().lead();
        List<DemoArticle> related = server.edition().relatedTo(lead);
        try (VirtualScreen vs = new VirtualScreen(COLUMNS, ROWS, loader, server.leadUrl())) {
            see(vs, "page 1/");
            vs.type(']');
            see(vs, "By " + related.get(0).byline());
            vs.type(']');
            see(vs, "By " + related.get(1).byline());
            vs.type('[');
            see(vs, "By " + related.get(0).byline());
            vs.press(KeyType.ArrowLeft);
            see(vs, "By " + related.get(1).byline());
        }
    }

    @Test
    void monochromeAscii_drawsNoColourAndNoNonAsciiGlyph() throws Exception {
        TerminalProfile vt100 = new TerminalProfile(false, false, false, true);
        try (VirtualScreen vs = new VirtualScreen(COLUMNS, ROWS, loader, server.leadUrl(), new TuiOptions(72, true),
                vt100)) {
            String first = see(vs, "page 1/");
            assertTrue(first.contains("-----"), "rules in ASCII");
            for (char c : new char[] {'j', 'j', ' ', '?'}) {
                vs.type(c);
            }
            see(vs, "Keys");
            for (com.googlecode.lanterna.TextCharacter cell : vs.cellsNow()) {
                assertTrue(cell.getCharacterString().chars().allMatch(ch -> ch < 0x80),
                        "non-ASCII cell '" + cell.getCharacterString() + "'");
                assertEquals(com.googlecode.lanterna.TextColor.ANSI.DEFAULT, cell.getForegroundColor());
                assertFalse(cell.getModifiers().contains(com.googlecode.lanterna.SGR.ITALIC));
            }
        }
    }

    @Test
    void reload_O_B_n_N_andForward_doWhatTheHelpSays() throws Exception {
        DemoArticle lead = server.edition().lead();
        DemoArticle next = server.edition().relatedTo(lead).get(0);
        try (VirtualScreen vs = new VirtualScreen(COLUMNS, ROWS, loader, server.leadUrl())) {
            see(vs, "page 1/");
            vs.type(' ');
            String second = status(vs, "page 2/");
            vs.type('r');
            vs.await("the reload", text -> !vs.state().loading() && text.equals(second));

            vs.type('O');
            status(vs, "Open: ");
            status(vs, server.leadUrl().substring("http://1".length()) + "   Enter · Esc cancels");
            vs.press(KeyType.Escape);
            status(vs, "page 2/");

            vs.type('B');
            String browser = vs.await("the browser's outcome", text -> statusRow(text).contains("BROWSER")
                    || statusRow(text).contains("Opened in") || statusRow(text).contains("Could not start"));
            fits(vs, browser);

            vs.type('g');
            status(vs, "page 1/");
            vs.type('/');
            vs.typeText("the");
            vs.press(KeyType.Enter);
            status(vs, "· 1 of ");
            vs.type('n');
            status(vs, "· 2 of ");
            vs.type('N');
            status(vs, "· 1 of ");

            vs.type(']');
            see(vs, "By " + next.byline());
            vs.press(KeyType.ArrowLeft);
            see(vs, lead.title().substring(0, 20));
            vs.press(KeyType.ArrowRight);
            see(vs, "By " + next.byline());
        }
    }

    @Test
    void corruptPlacesFile_isSaidOnTheStatusLine_andReadingGoesOn() throws Exception {
        java.nio.file.Files.writeString(stateDir.resolve("places.tsv"), "not a places file\n");
        Places places = Places.open(stateDir, Clock.systemUTC());
        try (VirtualScreen vs = new VirtualScreen(COLUMNS, ROWS, loader, server.leadUrl(),
                new TuiOptions(72, false, Keymap.defaults(), places))) {
            status(vs, "Reading places were not readable");
            vs.type(' ');
            status(vs, "page 2/");
            vs.type('q');
            assertTrue(vs.awaitExit());
        }
        assertTrue(java.nio.file.Files.exists(stateDir.resolve("places.tsv.corrupt")), "the bad file is kept aside");
    }

    private static String longestWord(String title) {
        String best = "";
        for (String word : title.split("[^\\p{L}]+")) {
            if (word.length() > best.length()) {
                best = word;
            }
        }
        return best;
    }

    private static int rowContaining(String frame, String word) {
        String[] rows = frame.split("\n");
        for (int i = 2; i < rows.length - 2; i++) {
            if (rows[i].contains(word)) {
                return i;
            }
        }
        throw new AssertionError("'" + word + "' not in the text:\n" + frame);
    }
}
