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
        int minutes = article.readingMinutes();
        if (minutes > 0) {
            parts.add(minutes + " min read");
        }
        return String.join(" · ", parts);
    }

    /** An ISO-8601 date or date-time as "Sunday, 8 February 2026", or {@code null}. */
    public static String longDate(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10)).format(LONG_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
