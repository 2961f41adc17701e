package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.lede.reader.Effects;
import dev.lede.reader.ReaderState;
import dev.lede.reader.TerminalLender;
import dev.lede.reader.Update;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

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
     * Starts taking {@code device} over (usually {@link TerminalDevice#process()}), in the
     * background, so that it is ready when the first article is; {@code env} (TERM, NO_COLOR...)
     * says what it can show: call before loading it, then {@link Session#run} with it, and close the
     * session in any case.
     *
     * @throws IllegalStateException when the terminal cannot show the reader (message for the user)
     */
    public static Session open(TuiOptions options, TerminalDevice device, Map<String, String> env) {
        TerminalProfile profile = profile(env, options);
        if (!profile.fullScreen()) {
            throw new IllegalStateException("TERM=" + env.getOrDefault("TERM", "")
                    + " cannot show the full-screen reader; use --dump to print the article");
        }
        OutputStream out = new BufferedOutputStream(device.out(), OUTPUT_BUFFER);
        return new Session(options, profile, env, Takeover.start(device, out), out);
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

    private static <T extends Terminal & FrugalScreen.LineEraser> Prepared prepare(TuiOptions options,
            TerminalProfile profile, Map<String, String> env, Update update, Effects.Starter effects, T terminal,
            Consumer<byte[]> rawOutput, Consumer<Screen> started) throws IOException {
        Screen screen = new FrugalScreen(terminal);
        TerminalLender lender = terminal instanceof LedeTerminal lede ? new TerminalLoan(lede, screen) : TerminalLender.NONE;
        ReaderLoop loop = new ReaderLoop(terminal, screen,
                update, new View(Theme.of(profile), options.keymap(), !profile.unicode()),
                effects, true, rawOutput, Osc52.insideScreen(env.get("TERM"), env.get("TMUX")), lender);
        return new Prepared(options, screen, loop, started);
    }

    /** The reader built and ready to show, the screen not yet started. */
    private record Prepared(TuiOptions options, Screen screen, ReaderLoop loop, Consumer<Screen> started) {
        void show(String target) throws IOException, InterruptedException {
            started.accept(screen);
            screen.startScreen();
            screen.setCursorPosition(null);
            TerminalSize size = screen.getTerminalSize();
            ReaderState initial = ReaderState.initial(size.getColumns(), size.getRows(), options.measure())
                    .withPlaces(options.places().anchors()).withStatus(options.firstStatus());
            loop.run(initial, target);
        }
    }

    /**
     * The reader's hold on the process's terminal, from the takeover started by {@link #open}
     * to the moment it is given back: by {@link #close}, the shutdown hook (SIGTERM, SIGHUP,
     * SIGINT) or the crash handler, whichever comes first.
     */
    public static final class Session implements AutoCloseable {
        private final TuiOptions options;
        private final TerminalProfile profile;
        /** The user's environment: what the terminal is, and what a browser started from the reader gets. */
        private final Map<String, String> env;
        private final Takeover takeover;
        private final OutputStream out;
        private final AtomicReference<Runnable> restore;
        private final Thread hook;
        private Prepared prepared;

        private Session(TuiOptions options, TerminalProfile profile, Map<String, String> env, Takeover takeover,
                        OutputStream out) {
            this.options = options;
            this.profile = profile;
            this.env = env;
            this.takeover = takeover;
            this.out = out;
            this.restore = new AtomicReference<>(takeover::giveBack);
            Runnable giveBack = () -> restore.get().run();
            ACTIVE.set(giveBack);
            hook = new Thread(giveBack, "lede-restore");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        /**
         * Runs the reader, {@link #prepare prepared} before, until the user quits.
         *
         * @param target the first article's target, loaded already: the first frame shows it
         * @return {@code true} when the reader ended normally
         * @throws IllegalStateException when the terminal cannot be used (message for the user)
         */
        public boolean run(String target) {
            if (prepared == null) {
                throw new IllegalStateException("the reader must be prepared before it runs");
            }
            try {
                prepared.show(target);
                return true;
            } catch (IOException e) {
                throw new IllegalStateException("terminal error: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                close();
            }
        }

        /**
         * Whether the terminal draws Unicode: when it does not, the reader's {@link Update} is made
         * with ASCII layouts ({@code Layouts.inAscii()}), the page's own punctuation included.
         */
        public boolean unicode() {
            return profile.unicode();
        }

        /**
         * Builds the reader without starting the screen: call while the first article loads on
         * another thread, then {@link #run} when it has.
         *
         * @param update  the reader's behaviour
         * @param effects makes what carries out its effects, given the terminal's clipboard and a
         *                lender of the terminal to a browser that draws in it
         * @throws IllegalStateException when the terminal cannot be used (message for the user)
         */
        public void prepare(Update update, Effects.Starter effects) {
            if (prepared != null) {
                return;
            }
            try {
                LedeTerminal terminal = takeover.terminal();
                prepared = Tui.prepare(options, profile, env, update, effects, terminal, terminal::writeRaw,
                        screen -> restore.set(new TerminalRestore(screen, terminal, out)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot open the terminal: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while opening the terminal", e);
            }
        }

        /** Gives the terminal back, if that has not happened yet. */
        @Override
        public void close() {
            restore.get().run();
            ACTIVE.set(NOTHING_TO_RESTORE);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // shutting down already, or removed already: the hook finds nothing left to do
            }
        }
    }
}
