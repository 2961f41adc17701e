package dev.lede.layout;

import java.util.List;

/**
 * An article laid out at one width: its lines in reading order.
 *
 * @param lines the lines; none wider than {@code width}
 * @param width  the measure the article was laid out at
 * @param glyphs the characters used for bars, bullets and clip marks
 */
public record Layout(List<Line> lines, int width, Glyphs glyphs) {
    public Layout {
        lines = List.copyOf(lines);
    }

    public Layout(List<Line> lines, int width) {
        this(lines, width, Glyphs.UNICODE);
    }

    public int size() {
        return lines.size();
    }

    public Line line(int index) {
        return lines.get(index);
    }

    /**
     * The index of the line holding {@code anchor}: the last line with words starting at or
     * before it. Used to find the reader's place again after the width changes.
     */
    public int indexOf(Anchor anchor) {
        int found = 0;
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo <= hi) { // anchors never decrease down the layout
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid).anchor().compareTo(anchor) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        while (found > 0 && !lines.get(found).hasWords()) {
            found--;
        }
        return found;
    }

    /**
     * The top line that keeps the reader's place when the width changes: the line of this layout
     * holding the first word that was on screen at {@code earlierTop} in {@code earlier}. Anchors
     * name a block and a character offset in its text (so, a word), the same at every width.
     */
    public int reflowedTop(Layout earlier, int earlierTop) {
        return indexOf(earlier.anchorAt(earlierTop));
    }

    /** The anchor of the first line with words at or after {@code index}. */
    public Anchor anchorAt(int index) {
        for (int i = Math.max(0, index); i < lines.size(); i++) {
            if (lines.get(i).hasWords()) {
                return lines.get(i).anchor();
            }
        }
        return lines.isEmpty() ? Anchor.TOP : lines.get(lines.size() - 1).anchor();
    }

    /** How far right preformatted text can scroll: 0 when every line fits. */
    public int maxShift() {
        int most = 0;
        for (Line line : lines) {
            if (line.overflows()) {
                most = Math.max(most, line.hiddenColumns(width));
            }
        }
        return Math.max(0, most);
    }

    /**
     * The layout with preformatted lines seen {@code shift} columns to the right; other lines
     * and every anchor are unchanged, so the reader's place holds.
     */
    public Layout scrolled(int shift) {
        if (shift <= 0) {
            return this;
        }
        int limited = Math.min(shift, maxShift());
        List<Line> moved = new java.util.ArrayList<>(lines.size());
        for (Line line : lines) {
            moved.add(line.scrolled(limited, width, glyphs));
        }
        return new Layout(moved, width, glyphs);
    }
}
