package dev.lede.reader;

/**
 * A key press, independent of any terminal library.
 *
 * @param kind the key; {@link Kind#CHARACTER} for printable characters
 * @param ch   the character for {@link Kind#CHARACTER}, else {@code 0}
 * @param ctrl whether Ctrl was held (for characters: Ctrl-C arrives as {@code ctrl('c')})
 * @param alt  whether Alt/Meta was held
 */
public record Key(Kind kind, char ch, boolean ctrl, boolean alt) {

    /** Keys by name. */
    public enum Kind {
        CHARACTER, ENTER, ESCAPE, TAB, REVERSE_TAB, BACKSPACE, DELETE, INSERT,
        UP, DOWN, LEFT, RIGHT, HOME, END, PAGE_UP, PAGE_DOWN, F1, UNKNOWN
    }

    /** A plain character key. */
    public static Key of(char ch) {
        return new Key(Kind.CHARACTER, ch, false, false);
    }

    /** A named key. */
    public static Key of(Kind kind) {
        return new Key(kind, '\0', false, false);
    }

    /** A character typed with Ctrl. */
    public static Key ctrl(char ch) {
        return new Key(Kind.CHARACTER, Character.toLowerCase(ch), true, false);
    }

    /**
     * The key a configuration file names: a character ("j", "G", "?"), a name ("Space", "Enter",
     * "Esc", "Tab", "Backspace", "PgDn", "Home", "Up", "F1", ...), optionally after "C-"/"Ctrl-"/"^"
     * for Ctrl and "M-"/"Alt-" for Alt ("C-x", "M-b"). Names ignore case; characters do not.
     *
     * @throws IllegalArgumentException naming the unknown key, for one clear line to the user
     */
    public static Key parse(String name) {
        return KeyNames.parse(name);
    }

    /*
     * equals and hashCode written out: a record's generated ones are linked on first use, which
     * costs the first key press tens of milliseconds in a fresh JVM (every key is looked up in
     * the keymap by equality).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Key key && kind == key.kind && ch == key.ch && ctrl == key.ctrl && alt == key.alt;
    }

    @Override
    public int hashCode() {
        return ((kind.ordinal() * 31 + ch) * 2 + (ctrl ? 1 : 0)) * 2 + (alt ? 1 : 0);
    }

    /** How the help screen names this key. */
    public String label() {
        if (kind == Kind.CHARACTER) {
            String base = ch == ' ' ? "Space" : String.valueOf(ch);
            return (ctrl ? "Ctrl-" : "") + (alt ? "Alt-" : "") + base;
        }
        return switch (kind) {
            case ENTER -> "Enter";
            case ESCAPE -> "Esc";
            case TAB -> "Tab";
            case REVERSE_TAB -> "Shift-Tab";
            case BACKSPACE -> "Backspace";
            case DELETE -> "Delete";
            case INSERT -> "Insert";
            case UP -> "↑";
            case DOWN -> "↓";
            case LEFT -> "←";
            case RIGHT -> "→";
            case HOME -> "Home";
            case END -> "End";
            case PAGE_UP -> "PgUp";
            case PAGE_DOWN -> "PgDn";
            case F1 -> "F1";
            default -> "?";
        };
    }
}
