package dev.lede.tui;

/**
 * ASCII stand-ins for the glyphs lede draws, for terminals and locales that cannot show
 * them: one column for one column, so layout's widths still hold.
 */
final class Ascii {
    private Ascii() {
    }

    /** The stand-in for {@code codePoint}, which is {@code width} columns wide. */
    static String of(int codePoint, int width) {
        if (codePoint < 0x80) {
            return new String(Character.toChars(codePoint));
        }
        String single = switch (codePoint) {
            case '─', '━', '—', '–', '‐', '‑', '·', '−' -> "-";
            case '│', '┃', '▌', '▏' -> "|";
            case '…' -> ".";
            case '“', '”', '„', '«', '»', '″' -> "\"";
            case '‘', '’', '‚', '′' -> "'";
            case '•', '◦', '▪', '∙' -> "*";
            case '→' -> ">";
            case '✓', '✔' -> "+";
            case '←' -> "<";
            case '↑' -> "^";
            case '↓' -> "v";
            case '\u00a0', '\u2009', '\u202f' -> " ";
            default -> "?";
        };
        return width == 2 ? single + single : single;
    }
}
