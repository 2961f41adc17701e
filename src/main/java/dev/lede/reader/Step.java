package dev.lede.reader;

import java.util.List;

/** The result of one update: the next state and the effects the runtime should run. */
public record Step(ReaderState state, List<Effect> effects) {
    public Step {
        effects = List.copyOf(effects);
    }

    static Step of(ReaderState state, Effect... effects) {
        return new Step(state, List.of(effects));
    }
}
