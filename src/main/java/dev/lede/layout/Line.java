package dev.lede.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One laid-out line.
 *
 * @param runs             the line's text in styled pieces, never wider than the layout's width
 * @param anchor           where the line starts in the article
 * @param keepWithPrevious {@code true} when a page must not begin with this line (it belongs with
 *                         the line above: a heading's follower, the inside of a pull-quote, a widow)
 * @param overflow         for a preformatted line too wide to show whole, its full text (the runs
 *                         hold it clipped, with a mark); {@code null} for every other line
 */
public record Line(List<Run> runs, Anchor anchor, boolean keepWithPrevious, String overflow) {
    public Line {
        runs = List.copyOf(runs);
    }

    public Line(List<Run> runs, Anchor anchor, boolean keepWithPrevious) {
        this(runs, anchor, keepWithPrevious, null);
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

    /** Whether the line holds any of the article's text, beyond bars, rules and list markers. */
    public boolean hasWords() {
        for (Run run : runs) {
            if (run.role() != Role.ORNAMENT && run.role() != Role.LIST_MARKER && !run.text().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line has text past the edge that {@link #scrolled} can bring into view. */
    public boolean overflows() {
        return overflow != null;
    }

    /**
     * The line seen {@code shift} columns to the right, in {@code width} columns: a preformatted
     * line's prefix (quote bar, list indent) stays put while its text moves under it, with a mark
     * at each edge that has more beyond it. Lines that fit are returned as they are.
     */
    public Line scrolled(int shift, int width, Glyphs glyphs) {
        if (overflow == null || shift <= 0) {
            return this;
        }
        List<Run> out = prefix();
        int room = width - widthOf(out);
        if (room < 3) {
            return this;
        }
        String rest = Clip.dropColumns(overflow, shift);
        boolean more = TextWidth.of(rest) > room - 1;
        String text = glyphs.leftMark() + (more ? Clip.toWidth(rest, room - 2) + glyphs.rightMark() : rest);
        out.add(new Run(text, Role.CODE));
        return new Line(out, anchor, keepWithPrevious, overflow);
    }

    /** Columns of a preformatted line that a shift must bring in: its full width past the room after any prefix, plus the left mark. */
    int hiddenColumns(int width) {
        return overflow == null ? 0 : Math.max(0, TextWidth.of(overflow) - (width - widthOf(prefix())) + 1);
    }

    /** The bars and list indents in front of the text. */
    private List<Run> prefix() {
        List<Run> prefix = new ArrayList<>();
        for (Run run : runs) {
            if (run.role() != Role.ORNAMENT && run.role() != Role.LIST_MARKER) {
                break;
            }
            prefix.add(run);
        }
        return prefix;
    }

    private static int widthOf(List<Run> runs) {
        int width = 0;
        for (Run run : runs) {
            width += TextWidth.of(run.text());
        }
        return width;
    }

    Line keptWithPrevious() {
        return keepWithPrevious ? this : new Line(runs, anchor, true, overflow);
    }

    Line withPrefix(Run prefix) {
        List<Run> prefixed = new ArrayList<>(runs.size() + 1);
        prefixed.add(prefix);
        prefixed.addAll(runs);
        return new Line(prefixed, anchor, keepWithPrevious, overflow);
    }

    Line at(Anchor moved) {
        return new Line(runs, moved, keepWithPrevious, overflow);
    }
}
