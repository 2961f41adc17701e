package dev.lede.launch;

import dev.lede.cli.ExitCode;
import dev.lede.cli.Invocation;
import dev.lede.cli.LedeCommand;
import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import dev.lede.tui.TerminalDevice;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A run of everything a user's first minute touches, for the launcher to record the classes it
 * loads (and, from Java 25, links) in a class-data archive or AOT cache: the demo edition printed
 * as text and as JSON, a saved page printed, and the full-screen reader opened on the demo, on a
 * saved page and on a web address — paged, scrolled, a related article opened, the help shown,
 * quit. The reader runs through the same code as for a user, start-up threads, {@code stty}
 * process and all, on a {@link TerminalDevice#standIn stand-in terminal}: whatever a start-up step
 * loads that the rehearsal did not is read from the jar, and costs its time, on every start.
 * Nothing it does touches the user's terminal, configuration or state; it writes only temporary
 * files.
 */
public final class Rehearsal {
    /** Keys the reader is given, one at a time, so each is drawn as it would be for a user. */
    static final String KEYS = "jjj  bkk\t\rjjjjh??q";
    /** Time between two keys: long enough for the frame before to be drawn. */
    static final long KEY_GAP_MILLIS = 15;
    /**
     * Time between two keys for a spare, which warms code up rather than recording which classes
     * load: frames may be skipped, and the spare is ready a second sooner.
     */
    public static final long QUICK_KEY_GAP_MILLIS = 2;

    private Rehearsal() {
    }

    public static void main(String[] args) throws Exception {
        Main.setUpProcess();
        run(KEY_GAP_MILLIS);
        System.exit(ExitCode.OK);
    }

    /** Rehearses in a temporary home, removed afterwards: for the launcher's training and a spare's warm-up. */
    public static void run(long keyGapMillis) throws IOException {
        Path home = Files.createTempDirectory("lede-rehearsal");
        // A spare told to stop while it rehearses (SIGTERM) exits without the finally below.
        Thread onExit = new Thread(() -> {
            try {
                FileTrees.delete(home);
            } catch (IOException e) {
                // best effort, as the JVM goes
            }
        }, "lede-rehearsal-cleanup");
        Runtime.getRuntime().addShutdownHook(onExit);
        try {
            rehearse(home, keyGapMillis);
        } finally {
            FileTrees.delete(home);
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException e) {
                // already shutting down: the hook runs, and finds nothing to delete
            }
        }
    }

    /** Runs lede as a user would, its files (configuration, state, cache) under {@code home}. */
    private static void rehearse(Path home, long keyGapMillis) throws IOException {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        env.putIfAbsent("TERM", "xterm-256color"); // the launcher's own run may have none
        System.console(); // a user's run asks whether its output is a terminal
        run(env, keyGapMillis, "--demo", "--dump");
        run(env, keyGapMillis, "--demo", "--dump", "--format", "json");
        run(env, keyGapMillis, "--demo");
        DemoEdition edition = DemoEdition.load();
        try (DemoServer server = DemoServer.start(edition)) {
            Path page = home.resolve("saved-page.html.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
                out.write(edition.page(edition.lead(), server.base()).getBytes(StandardCharsets.UTF_8));
            }
            run(env, keyGapMillis, "--dump", page.toString());
            run(env, keyGapMillis, page.toString());
            run(env, keyGapMillis, server.leadUrl());
        }
    }

    /** Runs lede on {@code args}; what it prints goes where a user's dump would, the screen nowhere. */
    private static void run(Map<String, String> env, long keyGapMillis, String... args) {
        TerminalDevice standIn = TerminalDevice.standIn(new SlowKeys(KEYS, keyGapMillis), OutputStream.nullOutputStream());
        LedeCommand.run(new Invocation(List.of(args), env, Path.of(""), standIn, System.out, System.err));
    }

    /** Keys given one byte per read, with a pause before each, as a person types them. */
    private static final class SlowKeys extends InputStream {
        private final byte[] keys;
        private int next;

        private final long gapMillis;

        SlowKeys(String keys, long gapMillis) {
            this.gapMillis = gapMillis;
            this.keys = keys.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() throws IOException {
            if (next == keys.length) {
                return -1;
            }
            try {
                Thread.sleep(gapMillis);
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
