package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.LoopbackServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --offline} as a user runs it: read once online, then again with the server gone. */
class OfflineIT {
    private static final String PAGE = "<html><head><title>Harbour reopens</title></head><body><article>"
            + "<h1>Harbour reopens after the storm</h1>"
            + "<p>The harbour reopened on Tuesday after a week in which the storm kept every boat ashore.</p>"
            + "<p>Fishermen said the damage was lighter than feared, and the first catch came in by noon.</p>"
            + "</article></body></html>";

    @TempDir
    Path cacheDir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LedeCommand.commandLine(System.getenv());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void offline_afterTheServerStopped_printsTheSameArticle() {
        LoopbackServer server = new LoopbackServer().page("/harbour", 200, "text/html", PAGE);
        String url = server.url("/harbour");
        Run online = run("--dump", "--cache-dir", cacheDir.toString(), url);
        server.close();
        Run offline = run("--dump", "--offline", "--cache-dir", cacheDir.toString(), url);

        assertEquals(0, online.exit(), online.err());
        assertTrue(online.out().contains("Harbour reopens after the storm"), online.out());
        assertEquals(0, offline.exit(), offline.err());
        assertEquals(online.out(), offline.out());
    }

    @Test
    void offline_pageNeverRead_saysSoOnOneLine_andGoesOnWithTheNext() {
        LoopbackServer server = new LoopbackServer().page("/harbour", 200, "text/html", PAGE);
        String url = server.url("/harbour");
        run("--dump", "--cache-dir", cacheDir.toString(), url);
        server.close();
        String never = server.url("/never");
        Run offline = run("--dump", "--offline", "--cache-dir", cacheDir.toString(), never, url);

        assertEquals(1, offline.exit());
        assertEquals("lede: " + server.host() + ": not in the offline cache (" + never + ")\n", offline.err());
        assertTrue(offline.out().contains("Harbour reopens after the storm"), offline.out());
    }

    @Test
    void verbose_reportsCacheFiguresOnStandardError() {
        LoopbackServer server = new LoopbackServer().page("/harbour", 200, "text/html", PAGE);
        String url = server.url("/harbour");
        Run first = run("--dump", "--verbose", "--cache-dir", cacheDir.toString(), url, url);
        server.close();

        assertTrue(first.err().contains("lede: cache: memory: 1 hits, 1 misses"), first.err());
        assertTrue(first.err().contains("lede: cache: disk: 0 hits, 1 misses; 0 revalidated (304), 1 downloaded"),
                first.err());
    }
}
