package dev.lede.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A layout cut into pages of a given height. Breaks move up rather than leave a heading at
 * the foot of a page, split a pull-quote, or strand one line of a paragraph; pages never
 * start with a blank line.
 */
public final class Pages {
    private final int[] starts;
    private final int height;
    private final int lineCount;

    private Pages(int[] starts, int height, int lineCount) {
        this.starts = starts;
        this.height = height;
        this.lineCount = lineCount;
    }

    /**
     * Cuts {@code layout} into pages of {@code height} lines.
     *
     * @param height text rows on screen, at least 1
     */
    public static Pages of(Layout layout, int height) {
        int h = Math.max(1, height);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int start = 0;
        int n = layout.size();
        while (start + h < n) {
            int end = start + h;
            // Lines kept together (a heading and what follows, a pull-quote, a paragraph's first or
            // last two lines) move to the next page whole when they fit on one; a group taller than
            // a page is split where the page is full.
            int groupStart = end;
            while (groupStart > start && layout.line(groupStart).keepWithPrevious()) {
                groupStart--;
            }
            int groupEnd = end;
            while (groupEnd + 1 < n && layout.line(groupEnd + 1).keepWithPrevious()) {
                groupEnd++;
            }
            if (groupStart > start && groupEnd - groupStart < h) {
                end = groupStart;
            }
            while (end < n && layout.line(end).isBlank()) {
                end++;
            }
            if (end >= n) {
                break;
            }
            starts.add(end);
            start = end;
        }
        return new Pages(starts.stream().mapToInt(Integer::intValue).toArray(), h, n);
    }

    public int count() {
        return starts.length;
    }

    public int height() {
        return height;
    }

    /** The first line of page {@code page} (0-based). */
    public int start(int page) {
        return starts[Math.max(0, Math.min(page, starts.length - 1))];
    }

    /** The page (0-based) that {@code topLine} is on: the last page starting at or before it. */
    public int pageOf(int topLine) {
        int i = Arrays.binarySearch(starts, topLine);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /**
     * The number of lines page display shows from {@code topLine}: up to the next break when on a
     * page start, except from {@link #lastScreen()}, which shows through to the end.
     */
    public int visibleLines(int topLine) {
        if (topLine == lastScreen()) {
            return Math.min(height, lineCount - topLine);
        }
        int i = Arrays.binarySearch(starts, topLine);
        if (i >= 0 && i + 1 < starts.length) {
            return Math.min(height, starts[i + 1] - topLine);
        }
        return Math.min(height, Math.max(0, lineCount - topLine));
    }

    /** The top line after a page forward from {@code topLine}. */
    public int next(int topLine) {
        int i = Arrays.binarySearch(starts, topLine);
        int page = i >= 0 ? i + 1 : -i - 1;
        return page < starts.length ? starts[page] : topLine;
    }

    /** The top line after a page back from {@code topLine}. */
    public int previous(int topLine) {
        int i = Arrays.binarySearch(starts, topLine);
        int page = i >= 0 ? i - 1 : -i - 2;
        return page >= 0 ? starts[page] : 0;
    }

    /** The top line of the last full screen, as {@code G} in less shows it: the end of the text on the bottom row. */
    public int lastScreen() {
        return Math.max(0, lineCount - height);
    }

    /**
     * The page (0-based) the screen from {@code topLine} is on: the last page once the end of the
     * text is in view, else the page the top line is on.
     */
    public int pageShown(int topLine) {
        return topLine + visibleLines(topLine) >= lineCount ? starts.length - 1 : pageOf(topLine);
    }

    /** The highest useful top line: the start of the last page. */
    public int lastStart() {
        return starts[starts.length - 1];
    }
}
