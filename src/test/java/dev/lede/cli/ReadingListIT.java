package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.app.ArticleLoader;
import dev.lede.app.EffectRunner;
import dev.lede.app.Places;
import dev.lede.app.ReadingList;
import dev.lede.fetch.CachingFetcher;
import dev.lede.fetch.DiskCache;
import dev.lede.fetch.FetchException;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.reader.Effect;
import dev.lede.reader.Msg;
import dev.lede.state.StateDir;
import dev.lede.testing.IsolatedHome;
import dev.lede.testing.LoopbackServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The reading list as a user meets it: s saves, --list prints, the page reads offline, s again removes. */
class ReadingListIT {
    private static final String HEADLINE = "Harbour reopens after the storm";
    /** Room for about three pages: enough that reading more pages pushes old ones out. */
    private static final long SMALL_CACHE = 3 * 1024;

    @TempDir
    Path home;

    private final LoopbackServer server = new LoopbackServer();
    private final Map<String, String> env = new HashMap<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private static String page(String headline) {
        return "<html><head><title>" + headline + "</title></head><body><article><h1>" + headline + "</h1>"
                + "<p>The harbour reopened on Tuesday after a week in which the storm kept every boat ashore.</p>"
                + "<p>Fishermen said the damage was lighter than feared, and the first catch came in by noon.</p>"
                + "</article></body></html>";
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LedeCommand.commandLine(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void savedPage_isListed_outlivesACrowdedCache_readsOffline_andSAgainRemovesIt() throws FetchException {
        IsolatedHome.into(env, home);
        for (int i = 0; i < 8; i++) {
            server.page("/other" + i, 200, "text/html", page("Other story " + i + " " + "x".repeat(600)));
        }
        server.page("/harbour", 200, "text/html", page(HEADLINE));
        String url = server.url("/harbour");
        Path cacheDir = home.resolve("cache");
        ArticleLoader loader = new ArticleLoader(new CachingFetcher(new Fetcher(FetchOptions.defaults("test")),
                new DiskCache(cacheDir, SMALL_CACHE, Clock.systemUTC()), false, Clock.systemUTC()), 1 << 20);
        ReadingList list = ReadingList.open(StateDir.of(env), Clock.systemUTC());
        List<Msg> inbox = new CopyOnWriteArrayList<>();
        EffectRunner runner = new EffectRunner(loader, inbox::add, text -> { }, Places.none(), 0, env).withReadingList(list);

        String title = loader.load(url, false).title();
        runner.run(new Effect.ToggleSaved(url, url, title));
        assertEquals(new Msg.Reported("Saved to the reading list (kept offline)."),
                inbox.get(0));
        for (int i = 0; i < 8; i++) { // reading on: the small cache makes room by dropping older pages
            loader.load(server.url("/other" + i), false);
        }

        Run text = run("--list");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().startsWith(HEADLINE + "\n  " + url + " · saved 20"), text.out());
        Run json = run("--list", "--format", "json");
        assertTrue(json.out().startsWith("{\"title\":\"" + HEADLINE + "\",\"url\":\"" + url + "\",\"target\":\"" + url
                + "\",\"saved\":\"20") && json.out().endsWith("Z\"}\n"), json.out());

        server.close();
        Run offline = run("--dump", "--offline", "--cache-dir", cacheDir.toString(), url);
        assertEquals(0, offline.exit(), offline.err());
        assertTrue(offline.out().contains("The harbour reopened on Tuesday"), offline.out());
        Run evicted = run("--dump", "--offline", "--cache-dir", cacheDir.toString(), server.url("/other0"));
        assertEquals(1, evicted.exit(), "an unsaved page read before it was pushed out: " + evicted.out());

        runner.run(new Effect.ToggleSaved(url, url, title));
        assertEquals(new Msg.Reported("Removed from the reading list."), inbox.get(1));
        assertEquals("The reading list is empty: s saves the article you are reading.\n", run("--list").out());
        runner.close();
    }

    @Test
    void list_withACorruptFile_saysSoOnOneLine_andPrintsAnEmptyList() throws Exception {
        IsolatedHome.into(env, home);
        Path state = StateDir.of(env);
        java.nio.file.Files.createDirectories(state);
        java.nio.file.Files.writeString(state.resolve("reading-list.tsv"), "garbage\n");
        Run run = run("--list", "--format", "json");
        assertEquals(0, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("lede: The reading list was not readable (it does not start with")
                && run.err().trim().lines().count() == 1, run.err());
    }
}
