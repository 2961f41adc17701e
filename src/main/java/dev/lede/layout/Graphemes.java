package dev.lede.layout;

/**
 * Grapheme clusters: what a reader sees as one character and a terminal draws in one or two
 * cells. A base code point takes with it the combining marks, variation selectors, emoji
 * modifiers and zero-width-joined emoji that follow it; two regional indicators make a flag.
 * A line may break between clusters, never inside one.
 */
public final class Graphemes {
    static final int ZWJ = 0x200D;
    static final int EMOJI_PRESENTATION = 0xFE0F;

    private Graphemes() {
    }

    /** The index just past the cluster that starts at {@code from} in {@code text}. */
    public static int next(String text, int from) {
        int length = text.length();
        if (from >= length) {
            return length;
        }
        int first = text.codePointAt(from);
        int i = from + Character.charCount(first);
        if (first == '\r' && i < length && text.charAt(i) == '\n') {
            return i + 1;
        }
        if (first < 0x20 || first == 0x7F) {
            return i; // a control stands alone
        }
        if (isRegionalIndicator(first)) {
            if (i < length && isRegionalIndicator(text.codePointAt(i))) {
                return i + 2; // regional indicators are all outside the BMP
            }
            return i;
        }
        while (i < length) {
            int cp = text.codePointAt(i);
            if (isExtender(cp)) {
                i += Character.charCount(cp);
            } else if (cp == ZWJ) {
                i += 1;
                if (i < length) { // the joiner binds the next character into this cluster
                    int joined = text.codePointAt(i);
                    if (joined >= 0x20) {
                        i += Character.charCount(joined);
                    }
                }
            } else {
                break;
            }
        }
        return i;
    }

    /** Whether {@code index} is a place where a line may be cut without splitting a cluster. */
    public static boolean isBoundary(String text, int index) {
        if (index <= 0 || index >= text.length()) {
            return true;
        }
        if (Character.isLowSurrogate(text.charAt(index)) && Character.isHighSurrogate(text.charAt(index - 1))) {
            return false;
        }
        int cp = text.codePointAt(index);
        if (isExtender(cp) || cp == ZWJ) {
            return false;
        }
        int before = text.codePointBefore(index);
        if (before == ZWJ) {
            return false;
        }
        if (isRegionalIndicator(cp) && isRegionalIndicator(before)) {
            // pairs count from the start of the run of indicators
            int run = 0;
            int j = index;
            while (j > 0 && isRegionalIndicator(text.codePointBefore(j))) {
                run++;
                j -= 2;
            }
            return run % 2 == 0;
        }
        return true;
    }

    /** Code points that never start a cluster: marks, variation selectors, emoji modifiers, Hangul vowels and finals. */
    static boolean isExtender(int cp) {
        if (cp < 0x300) {
            return false;
        }
        if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) // skin tones
                || (cp >= 0xE0020 && cp <= 0xE007F) // tag sequences (subdivision flags)
                || (cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0xD7B0 && cp <= 0xD7FF)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
