package dev.lede.state;

import java.util.Objects;

/**
 * Where the reader left one article.
 *
 * @param target  what was opened (URL or file), the key
 * @param title   the article's headline, for the start page
 * @param unit    the layout anchor's unit (headline, standfirst, byline, then blocks)
 * @param offset  the character offset within that unit
 * @param readAt  when the reader left it, in seconds since the epoch
 */
public record Remembered(String target, String title, int unit, int offset, long readAt) {
    public Remembered {
        Objects.requireNonNull(target, "target");
        title = title == null ? "" : title;
    }
}
