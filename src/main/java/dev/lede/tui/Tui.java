package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import dev.lede.app.ArticleLoader;
import dev.lede.app.EffectRunner;
import dev.lede.article.Article;
import dev.lede.reader.ReaderState;
import dev.lede.reader.Update;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** The full-screen reader: opens the terminal, runs the loop, and always gives the terminal back. */
public final class Tui {
    /** Output is gathered so one screen refresh goes out as one write. */
    static final int OUTPUT_BUFFER = 64 * 1024;

    private static final Runnable NOTHING_TO_RESTORE = () -> { };
    /** How to give back the terminal the reader holds now; nothing when it holds none. */
    private static final AtomicReference<Runnable> ACTIVE = new AtomicReference<>(NOTHING_TO_RESTORE);

    private Tui() {
    }

    /**
     * Runs the reader on the process's terminal until the user quits.
     *
     * @param target the first article's target; {@code first} is its already-loaded article
     * @return {@code true} when the reader ended normally
     * @throws IllegalStateException when the terminal cannot be opened (message for the user)
     */
    public static boolean run(TuiOptions options, ArticleLoader loader, String target, Article first) {
        if (loader.cached(target) == null) {
            throw new IllegalArgumentException("the first article must be loaded before the screen opens");
        }
        TerminalProfile profile = profile(System.getenv(), options);
        if (!profile.fullScreen()) {
            throw new IllegalStateException("TERM=" + System.getenv().getOrDefault("TERM", "")
                    + " cannot show the full-screen reader; use --dump to print the article");
        }
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), OUTPUT_BUFFER);
        LedeTerminal terminal;
        try {
            terminal = new LedeTerminal(new FileInputStream(FileDescriptor.in), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the terminal: " + e.getMessage(), e);
        }
        Screen screen = null;
        TerminalRestore restore = new TerminalRestore(null, terminal, out);
        Thread hook = new Thread(() -> ACTIVE.get().run(), "lede-restore");
        try {
            screen = new FrugalScreen(terminal);
            restore = new TerminalRestore(screen, terminal, out);
            ACTIVE.set(restore);
            Runtime.getRuntime().addShutdownHook(hook); // SIGTERM, SIGHUP, SIGINT from outside
            screen.startScreen();
            screen.setCursorPosition(null);
            TerminalSize size = screen.getTerminalSize();
            Update update = new Update(options.keymap(), loader.layouts());
            ReaderLoop loop = new ReaderLoop(terminal, screen,
                    update, new View(Theme.of(profile), options.keymap(), !profile.unicode()),
                    inbox -> new EffectRunner(loader, inbox, options.places(), options.prefetch()), true, terminal::writeRaw);
            ReaderState initial = ReaderState.initial(size.getColumns(), size.getRows(), options.measure())
                    .withPlaces(options.places().anchors()).withStatus(options.places().problem());
            loop.run(initial, target);
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("terminal error: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            restore.run();
            ACTIVE.set(NOTHING_TO_RESTORE);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // shutting down already, or never added: the hook finds nothing left to do
            }
        }
    }

    /**
     * What the reader draws with in {@code env}: the terminal's profile, in monochrome when the
     * options or NO_COLOR say so (NO_COLOR wins over any theme), in ASCII when the options say so.
     */
    static TerminalProfile profile(Map<String, String> env, TuiOptions options) {
        TerminalProfile profile = TerminalProfile.of(env, options.monochrome());
        return options.ascii() ? profile.asciiOnly() : profile;
    }

    /**
     * Gives the terminal back now if the reader holds it: for the crash handler, when an
     * uncaught exception on any thread is about to end the program. Safe from any thread, at any
     * time, more than once; the terminal is restored once.
     */
    public static void restoreTerminal() {
        ACTIVE.get().run();
    }
}
