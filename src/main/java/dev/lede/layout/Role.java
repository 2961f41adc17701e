package dev.lede.layout;

/** What a run of text is, so a renderer can choose how it looks. */
public enum Role {
    BODY,
    HEADLINE,
    STANDFIRST,
    META,
    HEADING,
    PULL_QUOTE,
    QUOTE,
    /** The bar or rule drawn beside quotes and under tables: decoration, not text. */
    ORNAMENT,
    FIGURE,
    CAPTION,
    CODE,
    LINK,
    EMPHASIS,
    STRONG,
    LIST_MARKER,
    TABLE
}
