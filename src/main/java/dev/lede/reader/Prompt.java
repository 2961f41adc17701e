package dev.lede.reader;

/**
 * A line being edited at the foot of the screen: an address to open or a term to search for.
 * Pure editing operations return a changed copy; the cursor is a char index that never splits
 * a surrogate pair.
 *
 * @param purpose  what the line is for
 * @param text     the line so far
 * @param cursor   where typing goes, 0..text.length()
 * @param recalled how far back in {@link Recall} ↑ has gone: 0 is the line being typed
 * @param draft    the line being typed, kept while ↑ shows older entries
 */
public record Prompt(Purpose purpose, String text, int cursor, int recalled, String draft) {

    /** What a prompt is for, and how it introduces itself. */
    public enum Purpose {
        OPEN("Open: "),
        SEARCH("/"),
        /** A search among a list's items. */
        FIND("/");

        private final String label;

        Purpose(String label) {
            this.label = label;
        }

        /** The text in front of the line, e.g. "Open: ". */
        public String label() {
            return label;
        }
    }

    /** A prompt holding {@code initial} with the cursor at its end. */
    static Prompt start(Purpose purpose, String initial) {
        return new Prompt(purpose, initial, initial.length(), 0, initial);
    }

    Prompt insert(String typed) {
        return edited(text.substring(0, cursor) + typed + text.substring(cursor), cursor + typed.length());
    }

    Prompt left() {
        return moved(cursor == 0 ? 0 : text.offsetByCodePoints(cursor, -1));
    }

    Prompt right() {
        return moved(cursor == text.length() ? cursor : text.offsetByCodePoints(cursor, 1));
    }

    Prompt home() {
        return moved(0);
    }

    Prompt end() {
        return moved(text.length());
    }

    /** Deletes the character before the cursor. */
    Prompt backspace() {
        if (cursor == 0) {
            return this;
        }
        int from = text.offsetByCodePoints(cursor, -1);
        return edited(text.substring(0, from) + text.substring(cursor), from);
    }

    /** Deletes the character under the cursor. */
    Prompt delete() {
        if (cursor == text.length()) {
            return this;
        }
        int to = text.offsetByCodePoints(cursor, 1);
        return edited(text.substring(0, cursor) + text.substring(to), cursor);
    }

    /** Ctrl-U: deletes everything before the cursor, as in a shell. */
    Prompt killToStart() {
        return edited(text.substring(cursor), 0);
    }

    /** Ctrl-K: deletes from the cursor to the end. */
    Prompt killToEnd() {
        return edited(text.substring(0, cursor), cursor);
    }

    /** Ctrl-W: deletes the word before the cursor and the spaces after it. */
    Prompt killWord() {
        int from = cursor;
        while (from > 0 && text.charAt(from - 1) == ' ') {
            from--;
        }
        while (from > 0 && text.charAt(from - 1) != ' ' && text.charAt(from - 1) != '/') {
            from--;
        }
        if (from == cursor && from > 0) {
            from--; // a lone slash goes too, so repeated Ctrl-W always makes progress
        }
        return edited(text.substring(0, from) + text.substring(cursor), from);
    }

    /** Shows the entry {@code back} steps back in {@code entries} (0: the draft), cursor at its end. */
    Prompt recall(java.util.List<String> entries, int back) {
        int limited = Math.max(0, Math.min(back, entries.size()));
        String shown = limited == 0 ? draft : entries.get(entries.size() - limited);
        return new Prompt(purpose, shown, shown.length(), limited, draft);
    }

    private Prompt moved(int newCursor) {
        return new Prompt(purpose, text, newCursor, recalled, draft);
    }

    private Prompt edited(String newText, int newCursor) {
        return new Prompt(purpose, newText, newCursor, 0, newText);
    }
}
