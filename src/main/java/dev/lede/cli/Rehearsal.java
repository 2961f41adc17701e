package dev.lede.cli;

import dev.lede.app.ArticleLoader;
import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.layout.Layouter;
import dev.lede.tui.Tui;
import dev.lede.tui.TuiOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A run of everything a user's first minute touches, for the launcher to record the classes it
 * loads in a class-data archive ({@code -XX:ArchiveClassesAtExit}): the demo edition printed as
 * text and as JSON, a saved page read from a file, and the full-screen reader on a terminal that
 * is no tty — paged, scrolled, the related list and the help opened, quit. Nothing it does
 * touches the user's terminal, configuration or state; it writes only a temporary file.
 */
public final class Rehearsal {
    /** Keys the reader is given, one at a time, so each is drawn as it would be for a user. */
    static final String KEYS = "jjj  bkk\t\t??q";
    /** Time between two keys: long enough for the frame before to be drawn. */
    static final long KEY_GAP_MILLIS = 15;

    private Rehearsal() {
    }

    public static void main(String[] args) throws Exception {
        Main.installCrashHandler();
        LedeCommand.run(new String[] {"--demo", "--dump"});
        LedeCommand.run(new String[] {"--demo", "--dump", "--format", "json"});
        DemoEdition edition = DemoEdition.load();
        try (DemoServer server = DemoServer.start(edition)) {
            String lead = edition.page(edition.lead(), server.base());
            Path page = Files.createTempFile("lede-rehearsal", ".html.gz");
            try {
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
                    out.write(lead.getBytes(StandardCharsets.UTF_8));
                }
                LedeCommand.run(new String[] {"--dump", page.toString()});
            } finally {
                Files.deleteIfExists(page);
            }
            ArticleLoader loader = new ArticleLoader(new Fetcher(FetchOptions.defaults(Version.VERSION)),
                    FetchOptions.DEFAULT_MAX_BYTES);
            loader.remember(server.leadUrl(), lead);
            Tui.rehearse(new TuiOptions(Layouter.DEFAULT_MEASURE, false), loader, server.leadUrl(), new SlowKeys(KEYS));
        }
        // The terminal class of real runs, which needs a tty to be made: loaded, linked, archived.
        Class.forName("dev.lede.tui.LedeTerminal");
        System.exit(ExitCode.OK);
    }

    /** Keys given one byte per read, with a pause before each, as a person types them. */
    private static final class SlowKeys extends InputStream {
        private final byte[] keys;
        private int next;

        SlowKeys(String keys) {
            this.keys = keys.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() throws IOException {
            if (next == keys.length) {
                return -1;
            }
            try {
                Thread.sleep(KEY_GAP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            return keys[next++];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int key = read();
            if (key < 0) {
                return -1;
            }
            buffer[offset] = (byte) key;
            return 1;
        }
    }
}
