package dev.lede.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeymapTest {
    private final Keymap defaults = Keymap.defaults();

    @Test
    void parse_namesCharactersAndModifiers() {
        assertEquals(Key.of('j'), Key.parse("j"));
        assertEquals(Key.of('G'), Key.parse("G"), "characters keep their case");
        assertEquals(Key.of(' '), Key.parse("Space"));
        assertEquals(Key.of(Key.Kind.PAGE_DOWN), Key.parse("PgDn"));
        assertEquals(Key.of(Key.Kind.PAGE_DOWN), Key.parse("pagedown"));
        assertEquals(Key.of(Key.Kind.ENTER), Key.parse("Enter"));
        assertEquals(Key.of(Key.Kind.ESCAPE), Key.parse("esc"));
        assertEquals(Key.of(Key.Kind.F1), Key.parse("F1"));
        assertEquals(Key.of(Key.Kind.UP), Key.parse("Up"));
        assertEquals(Key.ctrl('x'), Key.parse("C-x"));
        assertEquals(Key.ctrl('x'), Key.parse("Ctrl-X"));
        assertEquals(Key.ctrl('d'), Key.parse("^d"));
        assertEquals(new Key(Key.Kind.CHARACTER, 'b', false, true), Key.parse("M-b"));
        assertEquals(Key.of('-'), Key.parse("-"), "a lone dash is a character, not a modifier");
    }

    @Test
    void parse_unknownName_saysWhichInOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Key.parse("Hyper-q"));
        assertEquals("unknown key 'Hyper-q'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Key.parse(""));
    }

    @Test
    void everyBindingsLabel_parsesBackToItsKey() {
        for (Keymap.Binding binding : defaults.bindings()) {
            for (Key key : binding.keys()) {
                assertEquals(key, Key.parse(key.label()), binding.action() + " " + key.label());
            }
        }
    }

    @Test
    void actionNames_roundTrip() {
        for (Action action : Action.values()) {
            assertEquals(action, Action.named(action.configName()));
        }
        assertEquals(Action.PAGE_DOWN, Action.named("Page_Down"));
        assertEquals("unknown action 'fly'",
                assertThrows(IllegalArgumentException.class, () -> Action.named("fly")).getMessage());
    }

    @Test
    void defaults_coverDesignTable() {
        assertEquals(Action.LINE_DOWN, defaults.reading(Key.of('j')));
        assertEquals(Action.PAGE_DOWN, defaults.reading(Key.of(' ')));
        assertEquals(Action.OPEN_URL, defaults.reading(Key.of('o')));
        assertEquals(Action.EDIT_URL, defaults.reading(Key.of('O')));
        assertEquals(Action.SEARCH, defaults.reading(Key.of('/')));
        assertEquals(Action.SEARCH_NEXT, defaults.reading(Key.of('n')));
        assertEquals(Action.SEARCH_PREVIOUS, defaults.reading(Key.of('N')));
        assertEquals(Action.COPY_URL, defaults.reading(Key.of('y')));
        assertEquals(Action.OPEN_IN_BROWSER, defaults.reading(Key.of('B')));
        assertEquals(Action.QUIT, defaults.reading(Key.ctrl('c')));
        assertEquals(Action.LINE_DOWN, defaults.reading(Key.of(Key.Kind.ENTER)), "Enter scrolls while reading");
        assertEquals(Action.ACTIVATE, defaults.panel(Key.of(Key.Kind.ENTER)), "and opens in the related list");
        assertNull(defaults.reading(Key.of('7')), "digits are left free for link numbers");
    }

    @Test
    void rebind_movesTheKey_andKeepsTheOtherKeys() {
        Keymap custom = defaults.rebind(Action.QUIT, Key.of('x')).rebind(Action.PAGE_DOWN, Key.of('q'));
        assertEquals(Action.QUIT, custom.reading(Key.of('x')));
        assertEquals(Action.PAGE_DOWN, custom.reading(Key.of('q')), "q now pages");
        assertEquals(List.of(Key.ctrl('c'), Key.of('x')), custom.keys(Action.QUIT), "q left quit");
        assertEquals(Action.PAGE_DOWN, custom.reading(Key.of(' ')), "page down keeps Space");
        assertEquals(Action.LINE_DOWN, defaults.reading(Key.of('j')), "the defaults are untouched");
        assertEquals(Action.QUIT, defaults.reading(Key.of('q')));
    }

    @Test
    void configured_replacesTheKeysOfEachNamedAction() {
        java.util.Map<String, String> config = new java.util.LinkedHashMap<>();
        config.put("page-down", "x PgDn");
        config.put("copy-url", "C-y");
        config.put("open-in-browser", "");
        Keymap custom = defaults.configured(config);
        assertEquals(List.of(Key.of('x'), Key.of(Key.Kind.PAGE_DOWN)), custom.keys(Action.PAGE_DOWN));
        assertNull(custom.reading(Key.of(' ')), "Space no longer pages: the value replaced the keys");
        assertEquals(Action.COPY_URL, custom.reading(Key.ctrl('y')));
        assertNull(custom.reading(Key.of('y')));
        assertNull(custom.reading(Key.of('B')));
        assertEquals("unknown key 'Hyper-x'", assertThrows(IllegalArgumentException.class,
                () -> defaults.configured(java.util.Map.of("quit", "q Hyper-x"))).getMessage());
        assertEquals("unknown action 'fly'", assertThrows(IllegalArgumentException.class,
                () -> defaults.configured(java.util.Map.of("fly", "q"))).getMessage());
    }

    @Test
    void unbind_freesTheKey() {
        Keymap custom = defaults.unbind(Key.of('B'));
        assertNull(custom.reading(Key.of('B')));
        assertTrue(custom.bindings().stream().noneMatch(b -> b.action() == Action.OPEN_IN_BROWSER),
                "an action without keys leaves the help");
    }

    @Test
    void helpPage_showsTheActiveKeymap() {
        Keymap custom = defaults.rebind(Action.COPY_URL, Key.parse("C-y"));
        List<HelpPage.Row> rows = HelpPage.rows(custom);
        assertTrue(rows.contains(new HelpPage.Row("y Ctrl-y", "copy the URL to the clipboard")), rows.toString());
        assertTrue(rows.contains(new HelpPage.Row("q Ctrl-c", "quit")));
        assertTrue(rows.stream().anyMatch(row -> row.keys().equals("0-9 Enter")), "link numbers are explained");
    }

    @Test
    void defaults_noKeyIsBoundTwiceInOnePlace() {
        List<String> twice = new ArrayList<>();
        List<Keymap.Binding> bindings = defaults.bindings();
        for (int i = 0; i < bindings.size(); i++) {
            for (int j = i + 1; j < bindings.size(); j++) {
                Keymap.Binding a = bindings.get(i);
                Keymap.Binding b = bindings.get(j);
                for (Key key : a.keys()) {
                    if (b.keys().contains(key) && Keymap.sameContext(a.action(), b.action())) {
                        twice.add(key.label() + ": " + a.action().configName() + " and " + b.action().configName());
                    }
                }
            }
        }
        assertEquals(List.of(), twice, "the later action never gets these keys");
    }
}
