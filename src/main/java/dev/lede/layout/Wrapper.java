package dev.lede.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line filling by display width. Words are never split unless one is wider than the
 * line; then it is broken between grapheme clusters, after URL punctuation ({@code / ? & = - .}) when
 * there is some in the second half of the line, else at the width.
 * Hard line breaks ({@code \n}) in the text are kept.
 */
final class Wrapper {
    private final int width;
    private final Run firstPrefix;
    private final Run restPrefix;
    private final int unit;
    private final List<Line> lines = new ArrayList<>();

    private final List<Run> current = new ArrayList<>();
    private int used;
    private int lineStartOffset = -1;
    private boolean pendingSpace;
    private Role spaceRole = Role.BODY;

    /**
     * @param width       the total width, prefixes included
     * @param firstPrefix drawn before the first line (bullet, bar), or {@code null}
     * @param restPrefix  drawn before every other line (hanging indent), or {@code null}
     * @param unit        the anchor unit the lines belong to
     */
    private Wrapper(int width, Run firstPrefix, Run restPrefix, int unit) {
        this.width = width;
        this.firstPrefix = firstPrefix;
        this.restPrefix = restPrefix;
        this.unit = unit;
    }

    static List<Line> wrap(List<Run> runs, int width, Run firstPrefix, Run restPrefix, int unit) {
        Wrapper wrapper = new Wrapper(width, firstPrefix, restPrefix, unit);
        wrapper.feed(runs);
        if (!wrapper.current.isEmpty()) {
            wrapper.endLine();
        }
        return wrapper.lines;
    }

    private int available() {
        Run prefix = lines.isEmpty() ? firstPrefix : restPrefix;
        return Math.max(1, width - (prefix == null ? 0 : TextWidth.of(prefix.text())));
    }

    private void feed(List<Run> runs) {
        int offset = 0;
        List<Run> word = new ArrayList<>();
        int wordStart = 0;
        for (Run run : runs) {
            String text = run.text();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                int next = i + Character.charCount(cp);
                if (cp == '\n') {
                    placeWord(word, wordStart);
                    word.clear();
                    endLine();
                    pendingSpace = false;
                } else if (cp == ' ' || cp == '\t') {
                    placeWord(word, wordStart);
                    word.clear();
                    pendingSpace = true;
                    spaceRole = run.role();
                } else {
                    if (word.isEmpty()) {
                        wordStart = offset + i;
                    }
                    // Take the rest of the word in this run at once: a piece per character would
                    // make a long word (a 20 MB line without spaces) quadratic.
                    while (next < text.length() && !isBreak(text.charAt(next))) {
                        next++;
                    }
                    appendToWord(word, text.substring(i, next), run.role());
                }
                i = next;
            }
            offset += text.length();
        }
        placeWord(word, wordStart);
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == ' ' || c == '\t';
    }

    private static void appendToWord(List<Run> word, String piece, Role role) {
        if (!word.isEmpty() && word.get(word.size() - 1).role() == role) {
            Run last = word.remove(word.size() - 1);
            word.add(new Run(last.text() + piece, role));
        } else {
            word.add(new Run(piece, role));
        }
    }

    private void placeWord(List<Run> word, int wordStart) {
        if (word.isEmpty()) {
            return;
        }
        int wordWidth = 0;
        for (Run piece : word) {
            wordWidth += TextWidth.of(piece.text());
        }
        int space = used > 0 && pendingSpace ? 1 : 0;
        if (used + space + wordWidth > available() && used > 0) {
            endLine();
            space = 0;
        }
        if (wordWidth > available()) {
            placeLongWord(word, wordStart);
            pendingSpace = false;
            return;
        }
        if (space == 1) {
            add(new Run(" ", spaceRole == word.get(0).role() ? spaceRole : Role.BODY));
        }
        if (used == 0 && lineStartOffset < 0) {
            lineStartOffset = wordStart;
        }
        for (Run piece : word) {
            add(piece);
        }
        pendingSpace = false;
    }

    /** Breaks a word wider than the line, preferring a break after '/', '-', '?', '&' (URLs). */
    private void placeLongWord(List<Run> word, int wordStart) {
        int offset = wordStart;
        for (Run piece : word) {
            String text = piece.text();
            int i = 0;
            while (i < text.length()) {
                int room = available() - used;
                int end = fit(text, i, room);
                if (end == i) {
                    if (used == 0) { // a character wider than the whole line (2 columns in 1): drop it rather than overflow
                        i = Graphemes.next(text, i);
                        continue;
                    }
                    endLine();
                    continue;
                }
                if (end < text.length()) {
                    int soft = softBreak(text, i, end);
                    if (soft > i) {
                        end = soft;
                    }
                }
                if (used == 0 && lineStartOffset < 0) {
                    lineStartOffset = offset + i;
                }
                add(new Run(text.substring(i, end), piece.role()));
                i = end;
                if (i < text.length()) {
                    endLine();
                }
            }
            offset += text.length();
        }
    }

    /** The end index of the longest run of whole clusters from {@code text[from..]} that fits in {@code room} columns. */
    private static int fit(String text, int from, int room) {
        int width = 0;
        int i = from;
        while (i < text.length()) {
            int end = Graphemes.next(text, i);
            int w = TextWidth.cluster(text, i, end);
            if (width + w > room) {
                break;
            }
            width += w;
            i = end;
        }
        return i;
    }

    /** The latest break after URL punctuation in {@code text[from, end)}, or -1; never inside a cluster. */
    private static int softBreak(String text, int from, int end) {
        int minimum = from + (end - from) / 2; // do not leave a line mostly empty
        for (int i = end; i > minimum; i--) {
            char c = text.charAt(i - 1);
            if ((c == '/' || c == '-' || c == '?' || c == '&' || c == '.' || c == '_' || c == '=' || c == '#')
                    && Graphemes.isBoundary(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private void add(Run run) {
        if (!current.isEmpty() && current.get(current.size() - 1).role() == run.role()) {
            Run last = current.remove(current.size() - 1);
            current.add(new Run(last.text() + run.text(), run.role()));
        } else {
            current.add(run);
        }
        used += TextWidth.of(run.text());
    }

    private void endLine() {
        if (current.isEmpty() && lines.isEmpty()) {
            return; // a hard break before any text adds nothing
        }
        List<Run> runs = new ArrayList<>();
        Run prefix = lines.isEmpty() ? firstPrefix : restPrefix;
        if (prefix != null) {
            runs.add(prefix);
        }
        runs.addAll(current);
        int offset = lineStartOffset < 0 ? (lines.isEmpty() ? 0 : lines.get(lines.size() - 1).anchor().offset())
                : lineStartOffset;
        lines.add(new Line(runs, new Anchor(unit, offset), false));
        current.clear();
        used = 0;
        lineStartOffset = -1;
    }
}
