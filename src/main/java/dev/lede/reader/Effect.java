package dev.lede.reader;

import java.util.List;

import dev.lede.layout.Anchor;

/** Something the runtime should do for {@link Update}, named as an imperative. Data, so tests compare with equals. */
public sealed interface Effect {
    /**
     * Whether the effect waits until the frame the step leads to is out: work done ahead of the
     * reader must not slow showing what it asked for.
     */
    default boolean waitsForFrame() {
        return false;
    }

    /**
     * Fetch and extract {@code target}, answering with {@link Msg.Loaded} or {@link Msg.LoadFailed}
     * carrying {@code request}.
     *
     * @param reload bypass caches
     */
    record Load(long request, String target, boolean reload) implements Effect {
    }

    /** Put {@code text} on the clipboard of the terminal the reader sits at (OSC 52, so it works over SSH). */
    record CopyToClipboard(String text) implements Effect {
    }

    /** Open {@code url} in the user's {@code $BROWSER}; problems come back as {@link Msg.Reported}. */
    record OpenInBrowser(String url) implements Effect {
    }

    /** Keep where the reader is in {@code target} across runs, so opening it again returns there. */
    record RememberPlace(String target, String title, Anchor anchor) implements Effect {
    }

    /**
     * Put {@code target} on the reading list, or take it off when it is there, and say which
     * with {@link Msg.Reported}.
     *
     * @param url   where the page was found after redirects, or {@code null}
     * @param title the article's headline
     */
    record ToggleSaved(String target, String url, String title) implements Effect {
    }

    /**
     * Load the articles {@code targets} name ahead of time, in order, so opening one waits on
     * no network; each that arrives is answered with {@link Msg.Prefetched}. A new prefetch
     * replaces the last one: what the reader has left is no longer wanted.
     *
     * @param from    the article whose related list this is
     * @param targets the related articles, in the list's order; the runtime decides how many
     */
    record Prefetch(String from, List<String> targets) implements Effect {
        public Prefetch {
            targets = List.copyOf(targets);
        }

        @Override
        public boolean waitsForFrame() {
            return true;
        }
    }

    /** Restore the terminal and exit. */
    record Quit() implements Effect {
    }
}
