package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.lede.reader.Effect;
import dev.lede.reader.Effects;
import dev.lede.reader.Msg;
import dev.lede.reader.ReaderState;
import dev.lede.reader.Step;
import dev.lede.reader.TerminalLender;
import dev.lede.reader.Update;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The event loop: messages in (keys from an input thread, resizes, load results), one update
 * each, effects out, and one render after each batch of messages. Only this loop's thread
 * touches the screen.
 */
final class ReaderLoop {
    /** How often a polling input thread looks for keys (virtual terminals, whose blocking read holds a lock). */
    static final long POLL_MILLIS = 5;

    private final Terminal terminal;
    private final Screen screen;
    private final Update update;
    private final Frames frames;
    private final Effects.Starter effects;
    private final boolean blockingInput;
    private final Consumer<byte[]> rawOutput;
    private final boolean insideScreen;
    private final TerminalLender lender;
    private final BlockingQueue<Msg> inbox = new LinkedBlockingQueue<>();
    /** Effects that wait until the frame is out (prefetches): loading ahead must not slow showing what is asked for. */
    private final List<Effect> afterFrame = new ArrayList<>();
    private volatile boolean running;
    private volatile ReaderState state;
    private Effects runner;

    /**
     * @param update        the reader's behaviour
     * @param effects       makes what carries out the update's effects, given where results go
     * @param blockingInput read keys with a blocking read (real terminals) or by polling (virtual ones)
     */
    ReaderLoop(Terminal terminal, Screen screen, Update update, View view, Effects.Starter effects,
               boolean blockingInput) {
        this(terminal, screen, update, view, effects, blockingInput, bytes -> { });
    }

    /**
     * @param rawOutput where escape sequences that Lanterna has no call for (OSC 52) are written,
     *                  between frames
     */
    ReaderLoop(Terminal terminal, Screen screen, Update update, View view, Effects.Starter effects,
               boolean blockingInput, Consumer<byte[]> rawOutput) {
        this(terminal, screen, update, view, effects, blockingInput, rawOutput, false);
    }

    /** @param insideScreen the terminal is GNU screen, which passes OSC 52 on only when wrapped */
    ReaderLoop(Terminal terminal, Screen screen, Update update, View view, Effects.Starter effects,
               boolean blockingInput, Consumer<byte[]> rawOutput, boolean insideScreen) {
        this(terminal, screen, update, view, effects, blockingInput, rawOutput, insideScreen, TerminalLender.NONE);
    }

    /** @param lender hands the terminal to a program that draws in it (a terminal browser) */
    ReaderLoop(Terminal terminal, Screen screen, Update update, View view, Effects.Starter effects,
               boolean blockingInput, Consumer<byte[]> rawOutput, boolean insideScreen, TerminalLender lender) {
        this.lender = lender;
        this.rawOutput = rawOutput;
        this.insideScreen = insideScreen;
        this.terminal = terminal;
        this.screen = screen;
        this.update = update;
        this.frames = new Frames(screen, view);
        this.effects = effects;
        this.blockingInput = blockingInput;
    }

    /** Runs until the reader quits; returns the last state. */
    ReaderState run(ReaderState initial, String target) throws IOException, InterruptedException {
        running = true;
        try (Effects started = effects.start(inbox::add, text -> rawOutput.accept(Osc52.copy(text, insideScreen)), lender)) {
            runner = started;
            state = initial;
            perform(update.open(state, target));
            drain();
            if (initial.status() != null) {
                handle(new Msg.Reported(initial.status())); // said before the first article arrived; keep it in view
            }
            render();
            terminal.addResizeListener((t, size) -> inbox.add(new Msg.Resized(size.getColumns(), size.getRows())));
            startInput();
            while (!state.quitting()) {
                Msg msg = inbox.take();
                handle(msg);
                drain();
                if (!state.quitting()) {
                    render();
                    runAfterFrame();
                }
            }
            return state;
        } finally {
            running = false;
        }
    }

    private void drain() {
        Msg more;
        while (!state.quitting() && (more = inbox.poll()) != null) {
            handle(more);
        }
    }

    private void handle(Msg msg) {
        if (msg instanceof Msg.Resized) {
            screen.doResizeIfNecessary();
        }
        perform(update.apply(state, msg));
    }

    private void perform(Step step) {
        state = step.state();
        for (Effect effect : step.effects()) {
            if (effect.waitsForFrame()) {
                afterFrame.add(effect);
            } else {
                runner.run(effect);
            }
        }
    }

    private void runAfterFrame() {
        for (Effect effect : afterFrame) {
            runner.run(effect);
        }
        afterFrame.clear();
    }

    private void render() throws IOException {
        TerminalSize size = screen.getTerminalSize();
        if (size.getColumns() != state.columns() || size.getRows() != state.rows()) {
            // The screen learnt a new size before the resize message arrived; lay out for it first.
            perform(update.apply(state, new Msg.Resized(size.getColumns(), size.getRows())));
        }
        frames.show(state);
    }

    private void startInput() {
        Thread input = new Thread(this::readKeys, "lede-input");
        input.setDaemon(true);
        input.start();
    }

    private void readKeys() {
        try {
            while (running) {
                KeyStroke stroke = blockingInput ? terminal.readInput() : terminal.pollInput();
                if (stroke == null) {
                    TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
                    continue;
                }
                if (stroke.getKeyType() == KeyType.EOF) {
                    inbox.add(new Msg.InputEnded());
                    return;
                }
                inbox.add(new Msg.KeyPressed(KeyDecoder.decode(stroke)));
            }
        } catch (IOException e) {
            inbox.add(new Msg.InputEnded());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For tests: the state after the last message. */
    ReaderState state() {
        return state;
    }
}
