package dev.lede.reader;

/** Where keys go. */
public enum Focus {
    /** Scrolling the article. */
    READING,
    /** Moving through the related-articles panel. */
    RELATED,
    /** The help screen is shown. */
    HELP,
    /** A line is being typed at the foot of the screen (an address, a search). */
    PROMPT
}
