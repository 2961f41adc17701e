package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.fail;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import dev.lede.app.ArticleLoader;
import dev.lede.app.EffectRunner;
import dev.lede.app.ReadingList;
import dev.lede.layout.Layouter;
import dev.lede.reader.ReaderState;
import dev.lede.reader.Update;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real reader loop and view on Lanterna's {@link DefaultVirtualTerminal}, run on its own
 * thread, with keys typed in and the screen read back as text.
 */
final class VirtualScreen implements AutoCloseable {
    /** How long to wait for the screen to show something before failing. */
    static final long WAIT_MILLIS = 15_000;

    final DefaultVirtualTerminal terminal;
    private final TerminalScreen screen;
    private final ReaderLoop loop;
    private final Thread thread;
    private volatile Throwable failure;
    /** The screen as of the last flush: a whole frame, never one half drawn. */
    private volatile String frame = "";
    private final java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();

    VirtualScreen(int columns, int rows, ArticleLoader loader, String target) throws IOException {
        this(columns, rows, loader, target, new TuiOptions(72, false));
    }

    /** A reader with {@code options}' keymap and places; OSC sequences it writes are kept in {@link #rawOutput()}. */
    VirtualScreen(int columns, int rows, ArticleLoader loader, String target, TuiOptions options) throws IOException {
        this(columns, rows, loader, target, options, EffectRunner.DEFAULT_PREFETCH);
    }

    /** A reader as above that loads {@code prefetch} related articles ahead (0: none). */
    VirtualScreen(int columns, int rows, ArticleLoader loader, String target, TuiOptions options, int prefetch)
            throws IOException {
        this(columns, rows, loader, target, options, prefetch, ReadingList.none());
    }

    /** A reader as above whose {@code s} saves to {@code readingList}. */
    VirtualScreen(int columns, int rows, ArticleLoader loader, String target, TuiOptions options, int prefetch,
                  ReadingList readingList) throws IOException {
        this(columns, rows, loader, target, options,
                options.monochrome() ? new TerminalProfile(false, true, true, true) : TerminalProfile.FULL, prefetch,
                readingList);
    }

    /** A reader drawn as {@link Tui} would draw it in the environment {@code env}, with {@code options}. */
    VirtualScreen(int columns, int rows, ArticleLoader loader, String target, TuiOptions options,
                  java.util.Map<String, String> env) throws IOException {
        this(columns, rows, loader, target, options, Tui.profile(env, options), EffectRunner.DEFAULT_PREFETCH);
    }

    /** A reader drawn as for a terminal with {@code profile}, loading the default number of articles ahead. */
    VirtualScreen(int columns, int rows, ArticleLoader loader, String target, TuiOptions options,
                  TerminalProfile profile) throws IOException {
        this(columns, rows, loader, target, options, profile, EffectRunner.DEFAULT_PREFETCH);
    }

    /** A reader drawn as for a terminal with {@code profile}. */
    VirtualScreen(int columns, int rows, ArticleLoader loader, String target, TuiOptions options,
                  TerminalProfile profile, int prefetch) throws IOException {
        this(columns, rows, loader, target, options, profile, prefetch, ReadingList.none());
    }

    private VirtualScreen(int columns, int rows, ArticleLoader loader, String target, TuiOptions options,
                          TerminalProfile profile, int prefetch, ReadingList readingList) throws IOException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                frame = cells();
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(Terminal t, TerminalSize size) {
            }
        });
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        java.util.function.BiFunction<dev.lede.article.Article, Integer, dev.lede.layout.Layout> layouter =
                profile.unicode() ? Layouter::layout
                        : (article, width) -> Layouter.layout(article, width, dev.lede.layout.LayoutOptions.DEFAULT.ascii(true));
        loop = new ReaderLoop(terminal, screen, new Update(options.keymap(), layouter),
                new View(Theme.of(profile), options.keymap(), !profile.unicode()),
                (inbox, clipboard, lender) -> new EffectRunner(loader, inbox, clipboard, options.places(), prefetch, Map.of())
                        .withReadingList(readingList),
                false, raw::writeBytes);
        ReaderState initial = ReaderState.initial(columns, rows, options.measure())
                .withPlaces(options.places().anchors()).withStatus(options.firstStatus());
        thread = new Thread(() -> {
            try {
                loop.run(initial, target);
            } catch (Throwable e) {
                failure = e;
            }
        }, "virtual-reader");
        thread.start();
    }

    /** Bytes the reader wrote past Lanterna (OSC 52), as ASCII. */
    String rawOutput() {
        synchronized (raw) {
            return raw.toString(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    /** Whether the cell at {@code column}, {@code row} is drawn in reverse video (a highlight or selection). */
    boolean isReverse(int column, int row) {
        TextCharacter cell = terminal.getCharacter(column, row);
        return cell != null && cell.getModifiers().contains(com.googlecode.lanterna.SGR.REVERSE);
    }

    /** Every cell's character and colours, for checks on how the screen is drawn. */
    java.util.List<TextCharacter> cellsNow() {
        TerminalSize size = terminal.getTerminalSize();
        java.util.List<TextCharacter> all = new java.util.ArrayList<>();
        for (int row = 0; row < size.getRows(); row++) {
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter cell = terminal.getCharacter(col, row);
                if (cell != null) {
                    all.add(cell);
                }
            }
        }
        return all;
    }

    /** Types each character of {@code text}. */
    void typeText(String text) {
        for (char c : text.toCharArray()) {
            type(c);
        }
    }

    /** The last complete frame's text, one line per row, trailing spaces kept off. */
    String text() {
        return frame;
    }

    private String cells() {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter cell = terminal.getCharacter(col, row);
                line.append(cell == null ? " " : cell.getCharacterString());
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** Waits until the screen satisfies {@code condition}; fails with the screen shown when it never does. */
    String await(String what, Predicate<String> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        String text = text();
        while (!condition.test(text)) {
            if (failure != null) {
                fail("the reader loop failed", failure);
            }
            if (System.nanoTime() > deadline) {
                fail("screen never showed " + what + ":\n" + text);
            }
            TimeUnit.MILLISECONDS.sleep(10);
            text = text();
        }
        return text;
    }

    String awaitText(String needle) throws InterruptedException {
        return await("'" + needle + "'", text -> text.contains(needle));
    }

    void type(char c) {
        terminal.addInput(new KeyStroke(c, false, false));
    }

    void press(KeyType key) {
        terminal.addInput(new KeyStroke(key));
    }

    void ctrl(char c) {
        terminal.addInput(new KeyStroke(c, true, false));
    }

    /** Waits for the loop to end (after a quit key). */
    boolean awaitExit() throws InterruptedException {
        thread.join(WAIT_MILLIS);
        return !thread.isAlive();
    }

    ReaderState state() {
        return loop.state();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        screen.stopScreen();
    }
}
