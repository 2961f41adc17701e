package dev.lede.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A configuration's key lines: applied in order, and every line that does not do what it says is named. */
class KeyLinesTest {
    private static final String FILE = "/home/reader/.config/lede/config";

    private static KeyLines.Line line(int number, String action, String keys) {
        return new KeyLines.Line(action, keys, FILE + ":" + number);
    }

    @Test
    void apply_oneKeyOnTwoLines_namesTheKeyBothActionsAndBothLines_andTheLaterWins() {
        KeyLines.Applied applied = KeyLines.apply(Keymap.defaults(),
                List.of(line(3, "line-down", "j Down"), line(7, "page-down", "Space j")));
        assertEquals(List.of(FILE + ":7: j is bound twice, to line-down on line 3 and to page-down here; it does page-down"),
                applied.problems());
        assertEquals(Action.PAGE_DOWN, applied.keymap().reading(Key.of('j')));
        assertEquals(List.of(Key.of(Key.Kind.DOWN)), applied.keymap().keys(Action.LINE_DOWN));
    }

    @Test
    void apply_oneActionOnTwoLines_namesBoth_andTheLaterCounts() {
        KeyLines.Applied applied = KeyLines.apply(Keymap.defaults(), List.of(line(2, "quit", "x"), line(5, "quit", "Q")));
        assertEquals(List.of(FILE + ":5: quit is set twice, here and on line 2; this line counts"), applied.problems());
        assertEquals(List.of(Key.of('Q')), applied.keymap().keys(Action.QUIT));
    }

    @Test
    void apply_aKeyTakenFromADefaultBinding_isARebinding_notAMistake() {
        KeyLines.Applied applied = KeyLines.apply(Keymap.defaults(), List.of(line(1, "page-down", "Space j")));
        assertEquals(List.of(), applied.problems());
        assertEquals(Action.PAGE_DOWN, applied.keymap().reading(Key.of('j')));
    }

    @Test
    void apply_enterForTheRelatedListAndForReading_isNotBoundTwice() {
        KeyLines.Applied applied = KeyLines.apply(Keymap.defaults(),
                List.of(line(1, "activate", "Enter"), line(2, "line-down", "j Enter")));
        assertEquals(List.of(), applied.problems());
    }

    @Test
    void apply_unknownActionOrKey_skipsTheLine_withOneMessage() {
        KeyLines.Applied applied = KeyLines.apply(Keymap.defaults(),
                List.of(line(1, "jump", "j"), line(2, "quit", "x Ctrl-Nope"), line(3, "top", "t")));
        assertEquals(2, applied.problems().size(), applied.problems().toString());
        assertTrue(applied.problems().get(0).startsWith(FILE + ":1: unknown action 'jump'; actions: line-down, "),
                applied.problems().get(0));
        assertEquals(FILE + ":2: unknown key 'Ctrl-Nope'", applied.problems().get(1));
        assertEquals(List.of(Key.of('q'), Key.ctrl('c')), applied.keymap().keys(Action.QUIT));
        assertEquals(List.of(Key.of('t')), applied.keymap().keys(Action.TOP));
    }
}
