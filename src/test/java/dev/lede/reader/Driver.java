package dev.lede.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.article.Article;

/** Drives {@link Update} the way the runtime does: open, answer loads, press keys. */
final class Driver {
    final Update update;

    Driver(Update update) {
        this.update = update;
    }

    Driver() {
        this(Update.standard());
    }

    /** Opens {@code target} and answers its load with {@code answer}. */
    ReaderState loaded(ReaderState state, String target, Article answer) {
        Step opened = update.open(state, target);
        return answer(opened, target, answer);
    }

    /** Answers the load that {@code step} asked for with {@code answer}. */
    ReaderState answer(Step step, String target, Article answer) {
        Effect.Load load = (Effect.Load) step.effects().get(0);
        assertEquals(target, load.target());
        return update.apply(step.state(), new Msg.Loaded(load.request(), target, answer)).state();
    }

    Step step(ReaderState state, Key key) {
        return update.apply(state, new Msg.KeyPressed(key));
    }

    ReaderState press(ReaderState state, Key... keys) {
        for (Key key : keys) {
            state = step(state, key).state();
        }
        return state;
    }

    /** Types {@code text} key by key (characters only). */
    ReaderState type(ReaderState state, String text) {
        for (char ch : text.toCharArray()) {
            state = step(state, Key.of(ch)).state();
        }
        return state;
    }
}
