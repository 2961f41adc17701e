package dev.lede.layout;

import dev.lede.article.Article;
import dev.lede.article.IsoDates;
import java.util.ArrayList;
import java.util.List;

/** The line under the standfirst: "By Jane Doe · Sunday, 8 February 2026 · 6 min read". */
public final class MetaLine {

    private MetaLine() {
    }

    public static String of(Article article) {
        return String.join(" · ", parts(article));
    }

    /**
     * The line set for {@code width} columns with {@code separator} between its parts, breaking
     * only between parts ({@code \n} marks the breaks) so "6 min" never ends a line with "read"
     * on the next. A part wider than the line is left to the wrapper.
     */
    static String broken(Article article, String separator, int width) {
        StringBuilder text = new StringBuilder();
        int used = 0;
        for (String part : parts(article)) {
            int partWidth = TextWidth.of(part);
            if (used == 0) {
                used = partWidth;
            } else if (used + TextWidth.of(separator) + partWidth <= width) {
                text.append(separator);
                used += TextWidth.of(separator) + partWidth;
            } else {
                text.append('\n');
                used = partWidth;
            }
            text.append(part);
        }
        return text.toString();
    }

    private static List<String> parts(Article article) {
        List<String> parts = new ArrayList<>();
        if (article.byline() != null && !article.byline().isBlank()) {
            parts.add("By " + article.byline());
        }
        String date = longDate(article.published());
        if (date != null) {
            parts.add(date);
        }
        int minutes = article.opensAsList() ? 0 : article.readingMinutes(); // a list is browsed, not read through
        if (minutes > 0) {
            parts.add(minutes + " min read");
        }
        return parts;
    }

    /** An ISO-8601 date or date-time as "Sunday, 8 February 2026", or {@code null}. */
    public static String longDate(String iso) {
        return IsoDates.day(iso, IsoDates.Style.LONG);
    }

    /** An ISO-8601 date or date-time as "8 Feb 2026", or {@code null}: for lists, where room is short. */
    public static String shortDate(String iso) {
        return IsoDates.day(iso, IsoDates.Style.SHORT);
    }
}
