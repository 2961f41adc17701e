package dev.lede.extract;

/** Whitespace and character clean-up shared by the extractor. */
final class Text {
    private Text() {
    }

    /** Collapses runs of whitespace (non-breaking spaces included) to one space and trims. */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
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
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0'
                || c == '\u2007' || c == '\u202F' || c == '\u200B' || c == '\u3000' || Character.isWhitespace(c);
    }

    /** Same text, ignoring case, whitespace and punctuation: for "does the page repeat this?" tests. */
    static String key(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(Character.toLowerCase(c));
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
