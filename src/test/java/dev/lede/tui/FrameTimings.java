package dev.lede.tui;

import dev.lede.article.Article;
import dev.lede.layout.Layouter;
import dev.lede.reader.Effect;
import dev.lede.reader.Key;
import dev.lede.reader.Keymap;
import dev.lede.reader.Msg;
import dev.lede.reader.ReaderState;
import dev.lede.reader.Step;
import dev.lede.reader.Update;
import java.io.IOException;
import java.util.function.LongConsumer;

/**
 * For the bench harness: keypress to screen in-process, i.e. update + render + refresh onto a
 * byte-counting terminal, for line scrolls, page turns and resizes of one article.
 */
public final class FrameTimings {
    private final ByteCountingTerminal terminal;
    private final Frames frames;
    private final Update update;
    private final FrugalScreen screen;
    private ReaderState state;

    /** A reader at {@code columns x rows} with {@code article} open. */
    public FrameTimings(Article article, int columns, int rows) throws IOException {
        terminal = new ByteCountingTerminal(columns, rows);
        screen = new FrugalScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        frames = new Frames(screen, new View(Theme.of(false), Keymap.defaults()));
        update = new Update(Keymap.defaults(), Layouter::layout);
        String target = "bench:article";
        Step opened = update.open(ReaderState.initial(columns, rows, Layouter.DEFAULT_MEASURE), target);
        long request = opened.effects().stream().filter(Effect.Load.class::isInstance).map(Effect.Load.class::cast)
                .findFirst().orElseThrow().request();
        state = update.apply(opened.state(), new Msg.Loaded(request, target, article)).state();
        frames.show(state);
        terminal.takeCount();
    }

    /** Presses {@code key} {@code times} times, reporting each keypress's nanoseconds (update + render + refresh). */
    public void press(char key, int times, LongConsumer nanos) throws IOException {
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            state = update.apply(state, new Msg.KeyPressed(Key.of(key))).state();
            frames.show(state);
            nanos.accept(System.nanoTime() - start);
            terminal.takeCount();
        }
    }

    /**
     * Resizes to {@code columns x rows} (no larger than the terminal, which keeps its size):
     * reflow of the article, then a full frame; reports the nanoseconds.
     */
    public void resizeTo(int columns, int rows, LongConsumer nanos) throws IOException {
        long start = System.nanoTime();
        state = update.apply(state, new Msg.Resized(columns, rows)).state();
        frames.forget();
        frames.show(state);
        nanos.accept(System.nanoTime() - start);
        terminal.takeCount();
    }
}
