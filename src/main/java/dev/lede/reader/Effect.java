package dev.lede.reader;

import dev.lede.layout.Anchor;

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

    /** Put {@code text} on the clipboard of the terminal the reader sits at (OSC 52, so it works over SSH). */
    record CopyToClipboard(String text) implements Effect {
    }

    /** Open {@code url} in the user's {@code $BROWSER}; problems come back as {@link Msg.Reported}. */
    record OpenInBrowser(String url) implements Effect {
    }

    /** Keep where the reader is in {@code target} across runs, so opening it again returns there. */
    record RememberPlace(String target, String title, Anchor anchor) implements Effect {
    }

    /** Restore the terminal and exit. */
    record Quit() implements Effect {
    }
}
