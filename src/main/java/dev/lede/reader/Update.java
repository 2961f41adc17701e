package dev.lede.reader;

import dev.lede.article.Article;
import dev.lede.layout.Layout;
import dev.lede.layout.Layouter;
import java.util.function.BiFunction;

/**
 * The reader's behaviour: {@code (state, message) → (state, effects)}. No I/O, no clock, no
 * threads; the same inputs always give the same step. Keys go to the mode that has the focus
 * ({@link ReadingMode}, {@link ListMode}, {@link PromptMode}, {@link HelpMode}); Ctrl-C quits from any.
 */
public final class Update {
    private final Keymap keymap;
    private final Loads loads;
    private final ReadingMode reading;
    private final ListMode list;
    private final PromptMode prompt;
    private final HelpMode help;

    /**
     * @param keymap   the key bindings
     * @param layouter lays an article out at a width; may memoise, must be pure
     */
    public Update(Keymap keymap, BiFunction<Article, Integer, Layout> layouter) {
        this.keymap = keymap;
        this.loads = new Loads(layouter);
        this.reading = new ReadingMode(keymap, loads);
        this.list = new ListMode(keymap, loads);
        this.prompt = new PromptMode(loads);
        this.help = new HelpMode(keymap);
    }

    /** An update with the default keymap and no layout cache. */
    public static Update standard() {
        return new Update(Keymap.defaults(), Layouter::layout);
    }

    /** The key bindings this update follows. */
    public Keymap keymap() {
        return keymap;
    }

    /** Starts loading {@code target} as a new article. */
    public Step open(ReaderState state, String target) {
        return loads.open(state, target);
    }

    /** The next state after {@code msg}. */
    public Step apply(ReaderState state, Msg msg) {
        if (msg instanceof Msg.KeyPressed key) {
            return key(state.withStatus(null), key.key());
        } else if (msg instanceof Msg.Resized resized) {
            return Step.of(loads.resize(state, resized.columns(), resized.rows()));
        } else if (msg instanceof Msg.Loaded loaded) {
            return loads.loaded(state, loaded);
        } else if (msg instanceof Msg.LoadFailed failed) {
            return Step.of(loads.failed(state, failed));
        } else if (msg instanceof Msg.Reported reported) {
            return Step.of(state.withStatus(reported.message()));
        } else if (msg instanceof Msg.Prefetched prefetched) {
            return Step.of(loads.prefetched(state, prefetched));
        } else if (msg instanceof Msg.InputEnded) {
            return loads.quit(state);
        }
        throw new IllegalArgumentException("unhandled message " + msg);
    }

    private Step key(ReaderState state, Key key) {
        if (key.ctrl() && key.kind() == Key.Kind.CHARACTER && key.ch() == 'c') {
            return loads.quit(state);
        }
        return switch (state.focus()) {
            case HELP -> help.key(state, key);
            case RELATED -> list.key(state, key);
            case PROMPT -> state.prompt() == null ? Step.of(state.withFocus(Focus.READING)) : prompt.key(state, key);
            case READING -> reading.key(state, key);
        };
    }
}
