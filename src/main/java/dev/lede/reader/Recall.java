package dev.lede.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * What was typed into prompts before, oldest first, one list per {@link Prompt.Purpose}; the
 * prompt's ↑ and ↓ walk it. Repeats move to the end rather than appear twice.
 */
public record Recall(List<String> addresses, List<String> searches) {
    /** Entries kept per list. */
    static final int LIMIT = 100;
    static final Recall EMPTY = new Recall(List.of(), List.of());

    public Recall {
        addresses = List.copyOf(addresses);
        searches = List.copyOf(searches);
    }

    List<String> of(Prompt.Purpose purpose) {
        return purpose == Prompt.Purpose.OPEN ? addresses : searches;
    }

    Recall with(Prompt.Purpose purpose, String entry) {
        List<String> list = new ArrayList<>(of(purpose));
        list.remove(entry);
        list.add(entry);
        while (list.size() > LIMIT) {
            list.remove(0);
        }
        return purpose == Prompt.Purpose.OPEN ? new Recall(list, searches) : new Recall(addresses, list);
    }
}
