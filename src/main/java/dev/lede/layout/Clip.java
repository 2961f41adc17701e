package dev.lede.layout;

/** Cutting text to a display width without splitting a grapheme cluster. */
public final class Clip {
    private Clip() {
    }

    /** The longest prefix of {@code text} that fits in {@code width} columns. */
    public static String toWidth(String text, int width) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int end = Graphemes.next(text, i);
            int w = TextWidth.cluster(text, i, end);
            if (used + w > width) {
                break;
            }
            used += w;
            i = end;
        }
        return text.substring(0, i);
    }

    /** {@code text} cut to {@code width} columns with an ellipsis when it did not fit. */
    public static String withEllipsis(String text, int width) {
        if (TextWidth.of(text) <= width) {
            return text;
        }
        return width <= 0 ? "" : toWidth(text, width - 1) + "…";
    }

    /** {@code text} without its first {@code columns} columns, cut between clusters (a wide one cut in half goes). */
    public static String dropColumns(String text, int columns) {
        int used = 0;
        int i = 0;
        while (i < text.length() && used < columns) {
            int end = Graphemes.next(text, i);
            used += TextWidth.cluster(text, i, end);
            i = end;
        }
        return text.substring(i);
    }
}
