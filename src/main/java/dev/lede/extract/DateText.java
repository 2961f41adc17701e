package dev.lede.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first calendar date written in a piece of text, in the forms the web uses beside strict
 * ISO-8601: numeric ({@code 2018.08.16}, {@code 2019/11/19}, {@code 19.11.2019},
 * {@code 11/19/2019}), East Asian ({@code 2018年8月16日}, {@code 2018년 8월 16일}) and in words
 * in the page's language or English ({@code Nov. 19, 2019}, {@code 19 November 2019 • 1:16pm},
 * {@code Tue Nov 19 2019 03:05:46 GMT+0000}, RFC 822, {@code 11 октября 2018},
 * {@code 30. Juli 2018}, {@code 02 Ago 2017}, {@code 25 de julio de 2018}). Month names come
 * from {@link MonthNames}. Years are four digits, so prices, scores and times are not dates.
 */
final class DateText {
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er|\\.)?";
    /** A word that may be a month: letters, perhaps a dot after them. */
    private static final String WORD = "(\\p{L}{3,}\\.?)";
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d.])" + YEAR + "\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern EAST_ASIAN = Pattern.compile(
            YEAR + "\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2" + YEAR + "(?!\\d)");
    private static final Pattern DAY_WORD_YEAR = Pattern.compile(
            "(?U)(?<!\\d)" + DAY + "\\s*(?:de\\s+)?" + WORD + ",?\\s*(?:de\\s+|del\\s+)?" + YEAR + "(?!\\d)");
    private static final Pattern WORD_DAY_YEAR = Pattern.compile(
            "(?U)\\b" + WORD + "\\s+" + DAY + ",?\\s+(?:\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?,?\\s+)?" + YEAR + "(?!\\d)");
    /** Regions that write the month first in numeric dates (11/19/2019). */
    private static final Pattern MONTH_FIRST_REGIONS = Pattern.compile("(?i)^en(-(us|ph|ca))?$|^en$");
    private static final int MONTHS = 12;

    private DateText() {
    }

    /**
     * The first date in {@code text}, or {@code null}.
     *
     * @param lang the page's language ({@code lang} attribute), or {@code null}; it names the
     *             months and decides whether 11/10/2019 is in November or October
     */
    static LocalDate find(String text, String lang) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = YEAR_FIRST.matcher(text);
        if (m.find()) {
            best = date(m.group(1), m.group(3), m.group(4));
            bestAt = best == null ? bestAt : m.start();
        }
        m = EAST_ASIAN.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = dayMonthYear(m.group(1), m.group(3), m.group(4), lang);
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DAY_WORD_YEAR.matcher(text);
        while (m.find() && m.start() < bestAt) {
            int month = MonthNames.month(m.group(2), lang);
            LocalDate d = month == 0 ? null : date(m.group(3), Integer.toString(month), m.group(1));
            if (d != null) {
                best = d;
                bestAt = m.start();
                break;
            }
        }
        m = WORD_DAY_YEAR.matcher(text);
        while (m.find() && m.start() < bestAt) {
            int month = MonthNames.month(m.group(1), lang);
            LocalDate d = month == 0 ? null : date(m.group(3), Integer.toString(month), m.group(2));
            if (d != null) {
                best = d;
                break;
            }
        }
        return best;
    }

    /** 19.11.2019 is day first; 11/19/2019 in American English, or wherever the day cannot be first. */
    private static LocalDate dayMonthYear(String first, String second, String year, String lang) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        boolean monthFirst = b > MONTHS || a <= MONTHS && lang != null && MONTH_FIRST_REGIONS.matcher(lang.strip()).find();
        return monthFirst ? date(year, first, second) : date(year, second, first);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
