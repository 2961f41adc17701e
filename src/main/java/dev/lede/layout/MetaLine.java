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
     * on the next, and never leaving the reading time alone on the last line when the part before
     * it can go down with it ("By ..." above, "Sunday, 8 February 2026 · 4 min read" below). A part
     * wider than the line is left to the wrapper.
     */
    static String broken(Article article, String separator, int width) {
        int gap = TextWidth.of(separator);
        List<List<String>> lines = new ArrayList<>();
        int used = 0;
        for (String part : parts(article)) {
            int partWidth = TextWidth.of(part);
            if (!lines.isEmpty() && used + gap + partWidth <= width) {
                lines.get(lines.size() - 1).add(part);
                used += gap + partWidth;
            } else {
                lines.add(new ArrayList<>(List.of(part)));
                used = partWidth;
            }
        }
        keepLastPartCompany(lines, gap, width);
        List<String> joined = new ArrayList<>();
        for (List<String> line : lines) {
            joined.add(String.join(separator, line));
        }
        return String.join("\n", joined);
    }

    /** Moves the last part of the line before a lone last part down to join it, when both fit. */
    private static void keepLastPartCompany(List<List<String>> lines, int gap, int width) {
        int last = lines.size() - 1;
        if (last < 1 || lines.get(last).size() != 1 || lines.get(last - 1).size() < 2) {
            return;
        }
        List<String> above = lines.get(last - 1);
        String moving = above.get(above.size() - 1);
        if (TextWidth.of(moving) + gap + TextWidth.of(lines.get(last).get(0)) <= width) {
            above.remove(above.size() - 1);
            lines.get(last).add(0, moving);
        }
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
        int minutes = article.isFeed() ? 0 : article.readingMinutes(); // a list is browsed, not read through
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
