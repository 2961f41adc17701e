package dev.lede.reader;

import java.util.ArrayList;
import java.util.List;

/** The help screen's rows, made from the active keymap so rebound keys show as they work. */
public final class HelpPage {
    /** One row: keys and what they do; a row with no keys is a section heading. */
    public record Row(String keys, String description) {
        public boolean isHeading() {
            return keys.isEmpty();
        }
    }

    private HelpPage() {
    }

    /** The rows for {@code keymap}. */
    public static List<Row> rows(Keymap keymap) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("", "Keys"));
        for (Keymap.Binding binding : keymap.bindings()) {
            if (binding.action() != Action.ACTIVATE) {
                rows.add(new Row(binding.keysLabel(), binding.action().description()));
            }
        }
        rows.add(new Row("0-9 Enter", "follow the numbered link [n]"));
        rows.add(new Row("", ""));
        rows.add(new Row("", "In the related list"));
        String activate = labels(keymap.keys(Action.ACTIVATE));
        if (!activate.isEmpty()) {
            rows.add(new Row(activate, Action.ACTIVATE.description()));
        }
        rows.add(new Row("", ""));
        rows.add(new Row("", "In the Open and search prompts"));
        rows.add(new Row("← → Home End", "move (also Ctrl-B Ctrl-F Ctrl-A Ctrl-E)"));
        rows.add(new Row("Ctrl-U Ctrl-K Ctrl-W", "delete to start, to end, a word"));
        rows.add(new Row("↑ ↓", "earlier entries"));
        rows.add(new Row("Enter / Esc", "go / cancel"));
        return rows;
    }

    private static String labels(List<Key> keys) {
        List<String> labels = new ArrayList<>();
        for (Key key : keys) {
            labels.add(key.label());
        }
        return String.join(" ", labels);
    }
}
