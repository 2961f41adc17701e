package dev.lede.article;

import java.util.Objects;
import java.util.Set;

/**
 * A run of inline text with its emphasis and, for a link, its target.
 *
 * @param text  the text, whitespace already collapsed
 * @param marks emphasis marks; empty for plain text
 * @param href  the absolute link target, or {@code null} when the span is not a link
 */
public record Span(String text, Set<Mark> marks, String href) {

    /** Inline emphasis kinds. */
    public enum Mark { EMPHASIS, STRONG, CODE }

    public Span {
        text = TerminalText.clean(Objects.requireNonNull(text, "text"));
        href = TerminalText.url(href);
        marks = Set.copyOf(marks);
    }

    /** A plain span. */
    public static Span plain(String text) {
        return new Span(text, Set.of(), null);
    }

    public boolean isLink() {
        return href != null;
    }

    public boolean has(Mark mark) {
        return marks.contains(mark);
    }
}
