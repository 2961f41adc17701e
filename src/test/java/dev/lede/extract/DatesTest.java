package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Publication dates made ISO-8601. Dates already in ISO-8601 are told by hand, without
 * {@code java.time}; that shortcut must give what {@code java.time} gives, for the dates it
 * takes and for the near misses it must leave alone.
 */
class DatesTest {
    /** Enough of each outcome that the comparison crosses the hand-written test's edges, not one side of them. */
    private static final int MIN_EACH_SIDE = 300; // 313 shown and 1339 refused of the 1652 edge cases

    @Test
    void normalize_isoWithOffsetOrCalendarDate_keptAsSpelt() {
        assertEquals("2019-11-19T13:03:00.000Z", Dates.normalize(" 2019-11-19T13:03:00.000Z "));
        assertEquals("2024-02-29T10:00-05:00", Dates.normalize("2024-02-29T10:00-05:00"));
        assertEquals("2024-02-29", Dates.normalize("2024-02-29"));
    }

    @Test
    void normalize_otherForms_readByJavaTime() {
        assertEquals("2020-01-02T03:04:05+01:00", Dates.normalize("2020-01-02T03:04:05+0100"));
        assertEquals("2020-01-02T03:04:05", Dates.normalize("2020-01-02 03:04:05"));
        assertEquals("2020-01-02", Dates.normalize("20200102"));
        assertNull(Dates.normalize("2023-02-29"));
        assertNull(Dates.normalize("last Tuesday"));
    }

    @Test
    void normalize_nearMissesOfIso_sameAsJavaTime() {
        int shown = 0;
        int refused = 0;
        for (String s : nearMisses()) {
            String date = Dates.normalize(s);
            assertEquals(Dates.viaJavaTime(s), date, s);
            if (date == null) {
                refused++;
            } else {
                shown++;
            }
        }
        // Both sides of every edge: dates a reader is shown and near misses no date is made of.
        assertTrue(shown >= MIN_EACH_SIDE && refused >= MIN_EACH_SIDE, shown + " shown, " + refused + " refused");
    }


    @Test
    void isoForms_commonSpellings_takenByHand() {
        for (String s : List.of("2019-11-19T13:03:00.000Z", "2019-11-19T13:03:00+02:00", "2019-11-19T13:03:00-05:00",
                "2019-11-19T13:03:00Z", "2019-11-19")) {
            assertEquals(true, IsoForms.isOffsetDateTime(s) || IsoForms.isDate(s), s);
        }
    }

    /** Dates and date-times around every edge the hand-written test draws. */
    private static List<String> nearMisses() {
        List<String> dates = new ArrayList<>();
        for (String year : List.of("2024", "2023", "1900", "2000", "0000", "999", "20240")) {
            for (String month : List.of("01", "02", "04", "12", "13", "00", "1")) {
                for (String day : List.of("01", "28", "29", "30", "31", "32", "00", "1")) {
                    dates.add(year + "-" + month + "-" + day);
                }
            }
        }
        List<String> times = List.of("", "T00:00", "t23:59", "T24:00", "T12:60", "T12:30:59", "T12:30:60", "T12:30:00.",
                "T12:30:00.1", "T12:30:00.123456789", "T12:30:00.1234567890", "T12:30:00,5", " 12:30:00", "T1:30");
        List<String> offsets = List.of("", "Z", "z", "+01:00", "-00:00", "+17:59", "+18:00", "-18:00", "+18:01",
                "+19:00", "+0100", "+01", "+01:60", "+01:00:00", "Zz", "UTC", " +01:00");
        // Every date edge alone and with a time, and every time edge with every offset edge on a
        // day that exists and one that does not: the checks of date, time and offset are
        // independent, so their full product (93,000 strings, ten seconds) finds nothing more.
        List<String> out = new ArrayList<>();
        for (String date : dates) {
            out.add(date);
            out.add(date + "T12:30:00Z");
            out.add(date + "T12:30+01:00");
        }
        for (String time : times) {
            for (String offset : offsets) {
                out.add("2024-02-29" + time + offset);
                out.add("2023-02-29" + time + offset);
            }
        }
        return out;
    }
}
