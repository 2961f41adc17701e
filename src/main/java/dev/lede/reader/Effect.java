package dev.lede.reader;

/** Something the runtime should do for {@link Update}, named as an imperative. Data, so tests compare with equals. */
public sealed interface Effect {

    /**
     * Fetch and extract {@code target}, answering with {@link Msg.Loaded} or {@link Msg.LoadFailed}
     * carrying {@code request}.
     *
     * @param reload bypass caches
     */
    record Load(long request, String target, boolean reload) implements Effect {
    }

    /** Restore the terminal and exit. */
    record Quit() implements Effect {
    }
}
