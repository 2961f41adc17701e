package dev.lede.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which keys do what: one table that drives both {@link Update} and the help screen, so the
 * two cannot disagree.
 */
public final class Keymap {
    /** One row of the table: the keys and the action they trigger. */
    public record Binding(Action action, List<Key> keys) {
        public Binding {
            keys = List.copyOf(keys);
        }

        /** The keys as the help screen shows them, e.g. "j ↓". */
        public String keysLabel() {
            List<String> labels = new ArrayList<>();
            for (Key key : keys) {
                labels.add(key.label());
            }
            return String.join(" ", labels);
        }
    }

    private static final Keymap DEFAULT = new Keymap(List.of(
            bind(Action.LINE_DOWN, Key.of('j'), Key.of(Key.Kind.DOWN), Key.of(Key.Kind.ENTER)),
            bind(Action.LINE_UP, Key.of('k'), Key.of(Key.Kind.UP)),
            bind(Action.PAGE_DOWN, Key.of(' '), Key.of(Key.Kind.PAGE_DOWN), Key.of('f')),
            bind(Action.PAGE_UP, Key.of('b'), Key.of(Key.Kind.PAGE_UP)),
            bind(Action.HALF_PAGE_DOWN, Key.of('d')),
            bind(Action.HALF_PAGE_UP, Key.of('u')),
            bind(Action.TOP, Key.of('g'), Key.of(Key.Kind.HOME)),
            bind(Action.BOTTOM, Key.of('G'), Key.of(Key.Kind.END)),
            bind(Action.FOCUS_RELATED, Key.of(Key.Kind.TAB)),
            bind(Action.NEXT_RELATED, Key.of(']')),
            bind(Action.PREVIOUS_RELATED, Key.of('[')),
            bind(Action.BACK, Key.of(Key.Kind.LEFT), Key.of('h'), Key.of(Key.Kind.BACKSPACE)),
            bind(Action.FORWARD, Key.of(Key.Kind.RIGHT), Key.of('l')),
            bind(Action.RELOAD, Key.of('r')),
            bind(Action.HELP, Key.of('?'), Key.of(Key.Kind.F1)),
            bind(Action.CANCEL, Key.of(Key.Kind.ESCAPE)),
            bind(Action.QUIT, Key.of('q'), Key.ctrl('c'))));

    /** In the related panel Enter opens rather than scrolls. */
    private static final Map<Key, Action> PANEL_OVERRIDES = Map.of(Key.of(Key.Kind.ENTER), Action.ACTIVATE);

    private final List<Binding> bindings;
    private final Map<Key, Action> byKey = new HashMap<>();

    private Keymap(List<Binding> bindings) {
        this.bindings = List.copyOf(bindings);
        for (Binding binding : bindings) {
            for (Key key : binding.keys()) {
                byKey.putIfAbsent(key, binding.action());
            }
        }
    }

    private static Binding bind(Action action, Key... keys) {
        return new Binding(action, List.of(keys));
    }

    /** The built-in bindings (DESIGN.md's table). */
    public static Keymap defaults() {
        return DEFAULT;
    }

    /** The action for {@code key} while reading, or {@code null} when it is unbound. */
    public Action reading(Key key) {
        return byKey.get(key);
    }

    /** The action for {@code key} in the related panel, or {@code null}. */
    public Action panel(Key key) {
        Action override = PANEL_OVERRIDES.get(key);
        return override != null ? override : byKey.get(key);
    }

    /** All bindings in help-screen order. */
    public List<Binding> bindings() {
        return bindings;
    }
}
