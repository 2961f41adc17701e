package dev.lede.layout;

import java.util.Objects;

/**
 * How to lay an article out, besides its width.
 *
 * @param glyphs      the characters for bars, bullets, quotation marks and rules
 * @param numberLinks number each link target {@code [n]} and list them at the end
 */
public record LayoutOptions(Glyphs glyphs, boolean numberLinks) {
    /** Unicode glyphs, numbered links: what a modern terminal shows. */
    public static final LayoutOptions DEFAULT = new LayoutOptions(Glyphs.UNICODE, true);

    public LayoutOptions {
        Objects.requireNonNull(glyphs, "glyphs");
    }

    /** These options with ASCII glyphs (or Unicode ones when {@code ascii} is false). */
    public LayoutOptions ascii(boolean ascii) {
        return new LayoutOptions(ascii ? Glyphs.ASCII : Glyphs.UNICODE, numberLinks);
    }

    public LayoutOptions numberLinks(boolean number) {
        return new LayoutOptions(glyphs, number);
    }
}
