package dev.lede.reader;

import java.util.Locale;
import java.util.Map;

/** Reads key names as a configuration file writes them: "j", "Space", "PgDn", "C-x", "Ctrl-c", "M-b". */
final class KeyNames {
    private static final Map<String, Key.Kind> NAMED = Map.ofEntries(
            Map.entry("enter", Key.Kind.ENTER), Map.entry("return", Key.Kind.ENTER), Map.entry("ret", Key.Kind.ENTER),
            Map.entry("esc", Key.Kind.ESCAPE), Map.entry("escape", Key.Kind.ESCAPE),
            Map.entry("tab", Key.Kind.TAB),
            Map.entry("s-tab", Key.Kind.REVERSE_TAB), Map.entry("shift-tab", Key.Kind.REVERSE_TAB),
            Map.entry("backtab", Key.Kind.REVERSE_TAB),
            Map.entry("backspace", Key.Kind.BACKSPACE), Map.entry("bs", Key.Kind.BACKSPACE),
            Map.entry("delete", Key.Kind.DELETE), Map.entry("del", Key.Kind.DELETE),
            Map.entry("insert", Key.Kind.INSERT), Map.entry("ins", Key.Kind.INSERT),
            Map.entry("up", Key.Kind.UP), Map.entry("↑", Key.Kind.UP),
            Map.entry("down", Key.Kind.DOWN), Map.entry("↓", Key.Kind.DOWN),
            Map.entry("left", Key.Kind.LEFT), Map.entry("←", Key.Kind.LEFT),
            Map.entry("right", Key.Kind.RIGHT), Map.entry("→", Key.Kind.RIGHT),
            Map.entry("home", Key.Kind.HOME), Map.entry("end", Key.Kind.END),
            Map.entry("pgup", Key.Kind.PAGE_UP), Map.entry("pageup", Key.Kind.PAGE_UP),
            Map.entry("pgdn", Key.Kind.PAGE_DOWN), Map.entry("pagedown", Key.Kind.PAGE_DOWN),
            Map.entry("f1", Key.Kind.F1));

    private KeyNames() {
    }

    static Key parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty key name");
        }
        String name = text.strip();
        if (name.isEmpty()) {
            return Key.of(' ');
        }
        boolean ctrl = false;
        boolean alt = false;
        while (true) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.length() > 2 && (lower.startsWith("c-") || lower.startsWith("ctrl-"))) {
                ctrl = true;
                name = name.substring(name.indexOf('-') + 1);
            } else if (name.length() == 2 && name.charAt(0) == '^') {
                ctrl = true;
                name = name.substring(1);
            } else if (name.length() > 2 && (lower.startsWith("m-") || lower.startsWith("a-")
                    || lower.startsWith("alt-") || lower.startsWith("meta-"))) {
                alt = true;
                name = name.substring(name.indexOf('-') + 1);
            } else {
                break;
            }
        }
        if (name.length() == 1 && !NAMED.containsKey(name)) { // arrow glyphs are names, not characters
            char ch = name.charAt(0);
            return new Key(Key.Kind.CHARACTER, ctrl ? Character.toLowerCase(ch) : ch, ctrl, alt);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("space") || lower.equals("spc")) {
            return new Key(Key.Kind.CHARACTER, ' ', ctrl, alt);
        }
        Key.Kind kind = NAMED.get(lower);
        if (kind == null) {
            throw new IllegalArgumentException("unknown key '" + text.strip() + "'");
        }
        return new Key(kind, '\0', ctrl, alt);
    }
}
