package dev.lede.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which keys do what: one table that drives both {@link Update} and the help screen, so the
 * two cannot disagree. Immutable; {@link #rebind} and {@link #unbind} return a changed copy,
 * which is how a configuration file's bindings are applied.
 *
 * <p>{@link Action#ACTIVATE} belongs to the related list only, so its keys (Enter) keep their
 * reading meaning (a line down, as in less) everywhere else.
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
            bind(Action.SCROLL_RIGHT, Key.of('>')),
            bind(Action.SCROLL_LEFT, Key.of('<')),
            bind(Action.TOP, Key.of('g'), Key.of(Key.Kind.HOME)),
            bind(Action.BOTTOM, Key.of('G'), Key.of(Key.Kind.END)),
            bind(Action.FOCUS_RELATED, Key.of(Key.Kind.TAB)),
            bind(Action.ACTIVATE, Key.of(Key.Kind.ENTER)),
            bind(Action.OPEN_FEED, Key.of('F')),
            bind(Action.NEXT_RELATED, Key.of(']')),
            bind(Action.PREVIOUS_RELATED, Key.of('[')),
            bind(Action.BACK, Key.of(Key.Kind.LEFT), Key.of('h'), Key.of(Key.Kind.BACKSPACE)),
            bind(Action.FORWARD, Key.of(Key.Kind.RIGHT), Key.of('l')),
            bind(Action.OPEN_URL, Key.of('o')),
            bind(Action.EDIT_URL, Key.of('O')),
            bind(Action.SEARCH, Key.of('/')),
            bind(Action.SEARCH_NEXT, Key.of('n')),
            bind(Action.SEARCH_PREVIOUS, Key.of('N')),
            bind(Action.RELOAD, Key.of('r')),
            bind(Action.COPY_URL, Key.of('y')),
            bind(Action.OPEN_IN_BROWSER, Key.of('B')),
            bind(Action.INFO, Key.of('=')),
            bind(Action.HELP, Key.of('?'), Key.of(Key.Kind.F1)),
            bind(Action.CANCEL, Key.of(Key.Kind.ESCAPE)),
            bind(Action.QUIT, Key.of('q'), Key.ctrl('c'))));

    private final List<Binding> bindings;

    private Keymap(List<Binding> bindings) {
        this.bindings = List.copyOf(bindings);
    }

    private static Binding bind(Action action, Key... keys) {
        return new Binding(action, List.of(keys));
    }

    /** The built-in bindings (DESIGN.md's table). */
    public static Keymap defaults() {
        return DEFAULT;
    }

    /**
     * A keymap in which {@code key} triggers {@code action}, in addition to the action's other
     * keys; whatever {@code key} did before (in the same place: reading or the related list) it
     * no longer does.
     */
    public Keymap rebind(Action action, Key key) {
        List<Binding> changed = new ArrayList<>();
        boolean found = false;
        for (Binding binding : bindings) {
            List<Key> keys = new ArrayList<>(binding.keys());
            if (binding.action() == action) {
                found = true;
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            } else if (sameContext(binding.action(), action)) {
                keys.remove(key);
            }
            changed.add(new Binding(binding.action(), keys));
        }
        if (!found) {
            changed.add(bind(action, key));
        }
        return new Keymap(changed);
    }

    /**
     * A keymap in which {@code action} has exactly {@code keys} (none: the action has no key and
     * leaves the help screen); each of those keys is taken from whatever it did before.
     */
    public Keymap bindOnly(Action action, List<Key> keys) {
        Keymap changed = this;
        for (Key old : keys(action)) {
            changed = changed.unbind(old);
        }
        for (Key key : keys) {
            changed = changed.rebind(action, key);
        }
        return changed;
    }

    /**
     * This keymap with a configuration's bindings applied, in order: each entry names an action
     * ({@link Action#named}) and gives its keys separated by spaces ({@link Key#parse}), which
     * replace the action's keys; an empty value leaves the action without keys.
     *
     * @throws IllegalArgumentException one line naming the first bad action or key
     */
    public Keymap configured(Map<String, String> actionKeys) {
        Keymap changed = this;
        for (Map.Entry<String, String> entry : actionKeys.entrySet()) {
            Action action = Action.named(entry.getKey());
            List<Key> keys = new ArrayList<>();
            for (String name : entry.getValue().strip().split("\\s+")) {
                if (!name.isEmpty()) {
                    keys.add(Key.parse(name));
                }
            }
            changed = changed.bindOnly(action, keys);
        }
        return changed;
    }

    /** A keymap in which {@code key} does nothing anywhere. */
    public Keymap unbind(Key key) {
        List<Binding> changed = new ArrayList<>();
        for (Binding binding : bindings) {
            List<Key> keys = new ArrayList<>(binding.keys());
            keys.remove(key);
            changed.add(new Binding(binding.action(), keys));
        }
        return new Keymap(changed);
    }

    /** Whether a key bound to {@code a} and to {@code b} would be bound twice: both read in the same place. */
    static boolean sameContext(Action a, Action b) {
        return (a == Action.ACTIVATE) == (b == Action.ACTIVATE);
    }

    /** The action for {@code key} while reading, or {@code null} when it is unbound. */
    public Action reading(Key key) {
        for (Binding binding : bindings) {
            if (binding.action() != Action.ACTIVATE && binding.keys().contains(key)) {
                return binding.action();
            }
        }
        return null;
    }

    /** The action for {@code key} in the related panel, or {@code null}. */
    public Action panel(Key key) {
        for (Binding binding : bindings) {
            if (binding.action() == Action.ACTIVATE && binding.keys().contains(key)) {
                return Action.ACTIVATE;
            }
        }
        return reading(key);
    }

    /** The keys bound to {@code action}, in table order; empty when none. */
    public List<Key> keys(Action action) {
        for (Binding binding : bindings) {
            if (binding.action() == action) {
                return binding.keys();
            }
        }
        return List.of();
    }

    /** All bindings with at least one key, in help-screen order. */
    public List<Binding> bindings() {
        return bindings.stream().filter(binding -> !binding.keys().isEmpty()).toList();
    }
}
