package dev.lede.reader;

/**
 * The info screen ({@code =}): opened like an article, so it pages, scrolls and goes Back like
 * one. The runtime answers a load of {@link #TARGET} with the current cache figures, never from
 * a cache, so each visit shows them as they are now.
 */
public final class InfoPage {
    /** The target that names the info screen; not a web address, so nothing else can load it. */
    public static final String TARGET = "lede:info";

    private InfoPage() {
    }
}
