package dev.lede.layout;

import java.util.List;

/**
 * One laid-out line.
 *
 * @param runs             the line's text in styled pieces, never wider than the layout's width
 * @param anchor           where the line starts in the article
 * @param keepWithPrevious {@code true} when a page must not begin with this line (it belongs with
 *                         the line above: a heading's follower, the inside of a pull-quote, a widow)
 */
public record Line(List<Run> runs, Anchor anchor, boolean keepWithPrevious) {
    public Line {
        runs = List.copyOf(runs);
    }

    /** The line's text without styles. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Run run : runs) {
            text.append(run.text());
        }
        return text.toString();
    }

    /** Display width in terminal columns. */
    public int width() {
        int width = 0;
        for (Run run : runs) {
            width += TextWidth.of(run.text());
        }
        return width;
    }

    public boolean isBlank() {
        return text().isBlank();
    }

    Line keptWithPrevious() {
        return keepWithPrevious ? this : new Line(runs, anchor, true);
    }
}
