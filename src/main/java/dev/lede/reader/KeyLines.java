package dev.lede.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A configuration file's {@code key.ACTION = KEYS} lines applied to a keymap in file order, with
 * one message for each line that is wrong. A line naming an unknown action or key is skipped. A
 * key that an earlier line bound to another action, and an action set on two lines, are applied
 * as before (the later line wins) but named, with both actions and both lines, since the earlier
 * line then silently does nothing.
 */
public final class KeyLines {
    /**
     * One line of the file.
     *
     * @param action the action's name as written
     * @param keys   the keys as written, separated by spaces
     * @param where  "FILE:LINE", which starts every message about the line
     */
    public record Line(String action, String keys, String where) {
    }

    /** The keymap with every good line applied, and one message per mistake, in file order. */
    public record Applied(Keymap keymap, List<String> problems) {
        public Applied {
            problems = List.copyOf(problems);
        }
    }

    /** Which line gave a key, or an action, its binding. */
    private record Claim(Action action, Line line) {
    }

    private KeyLines() {
    }

    /** {@code lines} applied to {@code keymap}, each as {@link Keymap#configured} applies one binding. */
    public static Applied apply(Keymap keymap, List<Line> lines) {
        List<String> problems = new ArrayList<>();
        Map<Key, Claim> keyClaims = new HashMap<>();
        Map<Action, Line> actionLines = new HashMap<>();
        for (Line line : lines) {
            Keymap changed;
            Action action;
            try {
                action = Action.named(line.action());
                changed = keymap.configured(Map.of(line.action(), line.keys()));
            } catch (IllegalArgumentException e) {
                String actions = e.getMessage().startsWith("unknown action") ? "; actions: " + actionNames() : "";
                problems.add(line.where() + ": " + e.getMessage() + actions);
                continue;
            }
            Line earlier = actionLines.put(action, line);
            if (earlier != null) {
                problems.add(line.where() + ": " + action.configName() + " is set twice, here and on "
                        + lineOf(earlier, line) + "; this line counts");
                keyClaims.values().removeIf(claim -> claim.action() == action);
            }
            for (Key key : changed.keys(action)) {
                Claim claim = keyClaims.get(key);
                if (claim != null && claim.action() != action && Keymap.sameContext(claim.action(), action)) {
                    problems.add(line.where() + ": " + key.label() + " is bound twice, to " + claim.action().configName()
                            + " on " + lineOf(claim.line(), line) + " and to " + action.configName() + " here; it does "
                            + action.configName());
                }
                keyClaims.put(key, new Claim(action, line));
            }
            keymap = changed;
        }
        return new Applied(keymap, problems);
    }

    /** "line 3" when {@code earlier} is in the same file as {@code line}, else its whole "FILE:LINE". */
    private static String lineOf(Line earlier, Line line) {
        int colon = earlier.where().lastIndexOf(':');
        boolean sameFile = colon > 0 && line.where().startsWith(earlier.where().substring(0, colon + 1));
        return sameFile ? "line " + earlier.where().substring(colon + 1) : earlier.where();
    }

    private static String actionNames() {
        List<String> names = new ArrayList<>();
        for (Action action : Action.values()) {
            names.add(action.configName());
        }
        return String.join(", ", names);
    }
}
