package dev.lede.article;

import java.nio.charset.StandardCharsets;

/**
 * Makes strangers' text safe to print into a terminal. A page or a server can put escape
 * sequences (window title, hyperlinks, clipboard writes, cursor moves), C1 controls and bidi
 * overrides into any string; a terminal would obey them. The model's records pass every string
 * through here, so an {@link Article} can never hold such text, and the output edges check again
 * with {@link #isUnsafe(int)} before they write.
 *
 * <p>What happens to each kind of character:
 * <ul>
 *   <li>ESC, the other C0 controls and DEL become their visible Control Pictures
 *       ({@code ␛}, {@code ␇}, {@code ␡}), so a reader sees that the page held something odd.
 *       Line feed (and in {@link #clean} tab) are kept: layout uses them.
 *       A carriage return ends a line like a line feed does.</li>
 *   <li>C1 controls U+0080–U+009F become the windows-1252 characters a browser shows for them
 *       (they appear when a windows-1252 page is decoded as Latin-1), or U+FFFD where
 *       windows-1252 has none.</li>
 *   <li>Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed:
 *       they are invisible, and they let text display in an order other than the one it is
 *       stored in.</li>
 *   <li>A lone surrogate becomes U+FFFD.</li>
 * </ul>
 * Every method returns its argument itself when nothing needed changing, and {@code null} for
 * {@code null}. Thread-safe.
 */
public final class TerminalText {
    /** Shown where a character could not be kept. */
    public static final char REPLACEMENT = '\uFFFD';

    /** What windows-1252 puts at 0x80–0x9F; U+FFFD where it has nothing. */
    private static final String WINDOWS_1252_HIGH =
            "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";
    private static final char CONTROL_PICTURES = '\u2400';
    private static final char DELETE_PICTURE = '\u2421';
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TerminalText() {
    }

    /**
     * Whether {@code cp} must never be written to a terminal as it is: a C0 control, DEL, a C1
     * control, a bidi embedding, override or isolate, or a lone surrogate. Line feed and tab count
     * as unsafe here; writers that want them keep them explicitly.
     */
    public static boolean isUnsafe(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || isBidiControl(cp)
                || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    }

    /** The bidi embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
    public static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** Running text: line feeds and tabs kept (layout uses them), everything else unsafe made safe. */
    public static String clean(String text) {
        return sanitize(text, true);
    }

    /** One line of text (a title, a name, a caption): line breaks and tabs become spaces too. */
    public static String line(String text) {
        return sanitize(text, false);
    }

    /**
     * A URL: unsafe characters are percent-encoded (as UTF-8 bytes), so the address stays one
     * word that still names the same resource, and the oddity stays visible.
     */
    public static String url(String url) {
        if (url == null || isSafe(url, false)) {
            return url;
        }
        StringBuilder out = new StringBuilder(url.length() + 16);
        for (int i = 0; i < url.length(); ) {
            int cp = url.codePointAt(i);
            i += Character.charCount(cp);
            if (isUnsafe(cp)) {
                int unit = Character.isSurrogate((char) cp) ? REPLACEMENT : cp;
                for (byte b : new String(Character.toChars(unit)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * The visible stand-in for one unsafe code point outside layout's own characters, or
     * {@code null} when it is simply dropped (bidi controls).
     */
    public static String substitute(int cp) {
        if (cp < 0x20) {
            return String.valueOf((char) (CONTROL_PICTURES + cp));
        }
        if (cp == 0x7F) {
            return String.valueOf(DELETE_PICTURE);
        }
        if (cp >= 0x80 && cp <= 0x9F) {
            return String.valueOf(WINDOWS_1252_HIGH.charAt(cp - 0x80));
        }
        if (isBidiControl(cp)) {
            return null;
        }
        if (isUnsafe(cp)) {
            return String.valueOf(REPLACEMENT);
        }
        return new String(Character.toChars(cp));
    }

    private static String sanitize(String text, boolean multiline) {
        if (text == null || isSafe(text, multiline)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue; // CR LF is one line break
                }
                out.append(multiline ? '\n' : ' ');
            } else if (c == '\n' || c == '\t') {
                out.append(multiline ? c : ' ');
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isUnsafe(c)) {
                String stand = substitute(c);
                if (stand != null) {
                    out.append(stand);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSafe(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue; // the common case, decided in one comparison
            }
            if (multiline && (c == '\n' || c == '\t')) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (isUnsafe(c)) {
                return false;
            }
        }
        return true;
    }
}
