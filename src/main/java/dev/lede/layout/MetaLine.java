package dev.lede.layout;

import dev.lede.article.Article;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The line under the standfirst: "By Jane Doe · Sunday, 8 February 2026 · 6 min read". */
public final class MetaLine {
    private static final DateTimeFormatter LONG_DATE =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private MetaLine() {
    }

    public static String of(Article article) {
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
        return String.join(" · ", parts);
    }

    /** An ISO-8601 date or date-time as "Sunday, 8 February 2026", or {@code null}. */
    public static String longDate(String iso) {
        return date(iso, LONG_DATE);
    }

    /** An ISO-8601 date or date-time as "8 Feb 2026", or {@code null}: for lists, where room is short. */
    public static String shortDate(String iso) {
        return date(iso, SHORT_DATE);
    }

    private static String date(String iso, DateTimeFormatter format) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10)).format(format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
