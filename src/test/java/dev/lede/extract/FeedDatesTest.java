package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** RFC 822 dates as RSS writes them, and RFC 3339 as Atom does, made ISO-8601. */
class FeedDatesTest {
    @Test
    void rfc822_withGmtAndNumericOffsets() {
        assertEquals("2026-11-28T09:15:00Z", FeedDates.normalize("Sat, 28 Nov 2026 09:15:00 GMT"));
        assertEquals("2026-11-26T07:30:00+01:00", FeedDates.normalize("Thu, 26 Nov 2026 07:30:00 +0100"));
        assertEquals("2026-03-01T23:05:09-03:30", FeedDates.normalize("1 Mar 2026 23:05:09 -0330"));
    }

    @Test
    void rfc822_twoDigitYear_zoneName_noSeconds() {
        assertEquals("2026-11-27T18:00:00-05:00", FeedDates.normalize("Fri, 27 Nov 26 18:00 EST"));
        assertEquals("1999-07-04T12:00:00-07:00", FeedDates.normalize("Sun, 04 Jul 99 12:00:00 PDT"));
    }

    @Test
    void rfc822_monthSpelledOut_andLowerCase() {
        assertEquals("2026-09-05T08:00:00Z", FeedDates.normalize("saturday, 5 september 2026 08:00:00 ut"));
    }

    @Test
    void rfc822_unknownZone_keepsTheLocalTime() {
        assertEquals("2026-11-28T09:15:00", FeedDates.normalize("Sat, 28 Nov 2026 09:15:00 XYZ"));
    }

    @Test
    void iso8601_asAtomWritesIt() {
        assertEquals("2026-11-28T20:30:00+01:00", FeedDates.normalize("2026-11-28T20:30:00+01:00"));
        assertEquals("2026-11-26T12:30:00Z", FeedDates.normalize(" 2026-11-26T12:30:00Z "));
        assertEquals("2026-11-26", FeedDates.normalize("2026-11-26"));
    }

    @Test
    void notADate_isNull() {
        assertNull(FeedDates.normalize("last Tuesday"));
        assertNull(FeedDates.normalize("Mon, 31 Feb 2026 10:00:00 GMT"));
        assertNull(FeedDates.normalize("Mon, 3 Foo 2026 10:00:00 GMT"));
        assertNull(FeedDates.normalize(""));
        assertNull(FeedDates.normalize(null));
    }
}
