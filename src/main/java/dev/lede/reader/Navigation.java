package dev.lede.reader;

/** How an article being loaded relates to history. */
enum Navigation {
    /** A new article: the current one goes on the back stack; forward is cleared. */
    OPEN,
    /** Going back: the current article goes on the forward stack. */
    BACK,
    /** Going forward: the current article goes on the back stack. */
    FORWARD,
    /** The same article again: history is unchanged, the place is kept. */
    RELOAD
}
