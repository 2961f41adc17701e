package dev.lede.extract;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feed dates as ISO-8601: RSS writes RFC 822 ("Sat, 28 Nov 2026 09:15:00 GMT", often with a
 * two-digit year, a zone abbreviation or no seconds), Atom writes RFC 3339. Whatever else
 * {@link Dates} reads is read too.
 */
final class FeedDates {
    private static final Pattern RFC_822 = Pattern.compile(
            "(?i)^(?:[a-z]{3,9},?\\s+)?(\\d{1,2})\\s+([a-z]{3})[a-z]*\\.?\\s+(\\d{2}|\\d{4})\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([+-]\\d{2}:?\\d{2}|[a-z]{1,5})?$");
    private static final List<String> MONTHS = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    /** RFC 822's zone names, in hours from UTC; military letters other than Z are too ambiguous to trust. */
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0),
            Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6), Map.entry("cdt", -5),
            Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7));
    /** Two-digit years below this are in the 2000s (RFC 2822 section 4.3). */
    private static final int CENTURY_PIVOT = 50;

    private FeedDates() {
    }

    /** The date as ISO-8601, or {@code null} when {@code raw} is empty or not a date. */
    static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip().replaceAll("\\s+", " ");
        Matcher m = RFC_822.matcher(s);
        if (m.matches()) {
            return rfc822(m);
        }
        return Dates.normalize(s);
    }

    private static String rfc822(Matcher m) {
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < CENTURY_PIVOT ? 2000 : 1900;
        }
        try {
            LocalDateTime time = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            ZoneOffset offset = offset(m.group(7));
            return offset == null ? time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    : time.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException e) {
            return null; // 31 February and the like
        }
    }

    /** The zone as an offset; {@code null} when missing or unknown (the time is then kept without one). */
    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return null;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.replace(":", "");
            int sign = zone.startsWith("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(digits.substring(1, 3)),
                    sign * Integer.parseInt(digits.substring(3, 5)));
        }
        Integer hours = ZONES.get(zone.toLowerCase(Locale.ROOT));
        return hours == null ? null : ZoneOffset.ofHours(hours);
    }
}
