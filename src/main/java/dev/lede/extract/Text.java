package dev.lede.extract;

/** Whitespace and character clean-up shared by the extractor. */
final class Text {
    private Text() {
    }

    /**
     * Collapses runs of whitespace (non-breaking spaces included) to one space, drops invisible
     * format characters ({@link #isInvisible}) and trims.
     */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7F) {
            return false; // printable ASCII, most of any text: answered before the tests below
        }
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0'
                || c == '\u2007' || c == '\u202F' || c == '\u3000' || Character.isWhitespace(c);
    }

    /**
     * Characters that print nothing and only steer hyphenation, line breaking or direction: soft
     * hyphens, zero-width spaces, word joiners, byte-order marks, direction marks and embeddings;
     * and the private-use code points of icon fonts, which show as boxes without the page's font.
     * Left in, they split words for search and matching ("Touristen\u00ADattraktion"). Zero-width
     * joiners and non-joiners stay: Persian, Indic scripts and emoji sequences need them.
     */
    static boolean isInvisible(char c) {
        if (c < '\u00AD') {
            return false; // ASCII and most Latin text: answered before the tests below
        }
        return c == '\u00AD' || c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\uFEFF'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2060' && c <= '\u2064' || c >= '\u2066' && c <= '\u2069'
                || c >= '\uE000' && c <= '\uF8FF';
    }

    /** Same text, ignoring case, whitespace and punctuation: for "does the page repeat this?" tests. */
    static String key(String s) {
        return key(s, Integer.MAX_VALUE, true);
    }

    /**
     * As {@link #key(String)} without the digits 0 to 9, or {@code null} as soon as that would be
     * longer than {@code limit} chars: for comparing with short labels without reading a paragraph.
     */
    static String labelKey(String s, int limit) {
        return key(s, limit, false);
    }

    private static String key(String s, int limit, boolean asciiDigits) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), limit));
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < 128) { // ASCII, most text: the same answers as Character's, without its tables
                if (c >= 'a' && c <= 'z' || asciiDigits && c >= '0' && c <= '9') {
                    out.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    out.append((char) (c + ('a' - 'A')));
                }
                i++;
            } else {
                int cp = s.codePointAt(i);
                if (Character.isLetterOrDigit(cp)) {
                    out.appendCodePoint(Character.toLowerCase(cp));
                }
                i += Character.charCount(cp);
            }
            if (out.length() > limit) {
                return null;
            }
        }
        return out.toString();
    }
}
