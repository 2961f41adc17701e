package dev.lede.reader;

import dev.lede.article.Article;
import java.util.Objects;

/** Something that happened, fed to {@link Update#apply}. Named as past-tense facts. */
public sealed interface Msg {

    /** The reader pressed a key. */
    record KeyPressed(Key key) implements Msg {
        public KeyPressed {
            Objects.requireNonNull(key, "key");
        }
    }

    /** The terminal changed size. */
    record Resized(int columns, int rows) implements Msg {
    }

    /** A requested article arrived; {@code request} is the id of the {@link Effect.Load} that asked. */
    record Loaded(long request, String target, Article article) implements Msg {
        public Loaded {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(article, "article");
        }
    }

    /** A requested article could not be had; {@code message} is one line for the status bar. */
    record LoadFailed(long request, String target, String message) implements Msg {
        public LoadFailed {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The runtime has something to tell the reader about an effect (say, the browser would not start). */
    record Reported(String message) implements Msg {
        public Reported {
            Objects.requireNonNull(message, "message");
        }
    }

    /** An article asked for by {@link Effect.Prefetch} is loaded and waiting: opening it needs no network. */
    record Prefetched(String target) implements Msg {
        public Prefetched {
            Objects.requireNonNull(target, "target");
        }
    }

    /** The terminal's input ended (the connection dropped, or stdin closed): time to go. */
    record InputEnded() implements Msg {
    }
}
