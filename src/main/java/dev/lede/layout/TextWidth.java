package dev.lede.layout;

/**
 * Display width of text in a terminal, in columns, counted per grapheme cluster the way
 * terminals draw them: East Asian wide and fullwidth characters and emoji take 2; combining
 * marks, joiners and variation selectors add nothing; an emoji sequence joined with ZWJ, an
 * emoji with a skin tone, and a flag (two regional indicators) take 2 as one picture.
 * Where terminals disagree (an emoji asked for with U+FE0F) the wider count is taken, so a
 * line is never drawn wider than it was measured.
 */
public final class TextWidth {
    /**
     * Wide and fullwidth ranges (East Asian Width W and F, and emoji drawn wide), as sorted
     * inclusive pairs. Written from the Unicode 15 EastAsianWidth data by hand; merged where
     * adjacent. Zero widths come from java.lang.Character's general categories instead.
     */
    private static final int[] WIDE = {
            0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC,
            0x23F0, 0x23F0, 0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615,
            0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
            0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE,
            0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
            0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B,
            0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755,
            0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF,
            0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x2E80, 0x303E,
            0x3041, 0x4DBF, 0x4E00, 0xA4CF, 0xA960, 0xA97F, 0xAC00, 0xD7A3,
            0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6F, 0xFF00, 0xFF60,
            0xFFE0, 0xFFE6, 0x16FE0, 0x18AFF, 0x1B000, 0x1B2FF, 0x1F004, 0x1F004,
            0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F251,
            0x1F260, 0x1F265, 0x1F300, 0x1F64F, 0x1F680, 0x1F6FF, 0x1F7E0, 0x1F7EB,
            0x1F90C, 0x1F9FF, 0x1FA70, 0x1FAFF, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD,
    };

    private TextWidth() {
    }

    /** Columns {@code text} takes. */
    public static int of(String text) {
        int width = 0;
        int i = 0;
        while (i < text.length()) {
            int end = Graphemes.next(text, i);
            width += cluster(text, i, end);
            i = end;
        }
        return width;
    }

    /** Columns the grapheme cluster {@code text[start, end)} takes. */
    static int cluster(String text, int start, int end) {
        int first = text.codePointAt(start);
        if (Graphemes.isRegionalIndicator(first)) {
            return 2;
        }
        int width = of(first);
        boolean emoji = false;
        int i = start + Character.charCount(first);
        while (i < end) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == Graphemes.ZWJ) {
                emoji = true;
                if (i < end) { // the joined character is drawn into the same picture
                    i += Character.charCount(text.codePointAt(i));
                }
            } else if (cp == Graphemes.EMOJI_PRESENTATION || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
                emoji = true;
            } else {
                width += of(cp);
            }
        }
        return emoji && width < 2 && first >= 0x20 ? 2 : width;
    }

    /** Columns one code point takes on its own: 0, 1 or 2. */
    public static int of(int cp) {
        if (cp < 0x300) {
            return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) ? 0 : 1;
        }
        if (isZeroWidth(cp)) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    static boolean isZeroWidth(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT
                || (cp >= 0x1160 && cp <= 0x11FF) // Hangul medial vowels and final consonants combine
                || (cp >= 0xD7B0 && cp <= 0xD7FF)
                || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    static boolean isWide(int cp) {
        int lo = 0;
        int hi = WIDE.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < WIDE[2 * mid]) {
                hi = mid - 1;
            } else if (cp > WIDE[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
