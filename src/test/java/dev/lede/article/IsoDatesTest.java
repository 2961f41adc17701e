package dev.lede.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Dates in the model are ISO text; readers see their day in English words. */
class IsoDatesTest {
    @Test
    void aDay_inEachStyle() {
        assertEquals("Sunday, 8 February 2026", IsoDates.day("2026-02-08", IsoDates.Style.LONG));
        assertEquals("8 February 2026", IsoDates.day("2026-02-08", IsoDates.Style.MEDIUM));
        assertEquals("8 Feb 2026", IsoDates.day("2026-02-08", IsoDates.Style.SHORT));
        assertEquals("Thursday, 29 February 2024", IsoDates.day("2024-02-29", IsoDates.Style.LONG));
    }

    @Test
    void aDateTime_showsThePagesOwnDay_whateverItsOffset() {
        // 23:30 at -05:00 is already the 2nd in UTC; the page said the 1st.
        assertEquals("Friday, 1 March 2024", IsoDates.day("2024-03-01T23:30:00-05:00", IsoDates.Style.LONG));
        assertEquals("31 Dec 1999", IsoDates.day("1999-12-31T12:00:00Z", IsoDates.Style.SHORT));
    }

    @Test
    void textThatHoldsNoDate_givesNothing() {
        assertNull(IsoDates.day(null, IsoDates.Style.LONG));
        assertNull(IsoDates.day("2026", IsoDates.Style.LONG));
        assertNull(IsoDates.day("8 Feb 2026", IsoDates.Style.LONG));
        assertNull(IsoDates.day("2026-02-30", IsoDates.Style.LONG));
        assertNull(IsoDates.day("2026-13-01", IsoDates.Style.LONG));
        assertNull(IsoDates.day("2026-1x-01", IsoDates.Style.LONG));
    }
}
