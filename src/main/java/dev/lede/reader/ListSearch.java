package dev.lede.reader;

import dev.lede.article.RelatedLink;
import java.util.List;
import java.util.Locale;

/**
 * {@code /}, {@code n} and {@code N} in a list of items (a feed's, a list page's headlines):
 * the selection moves to the next item whose title, summary or section holds the term, smart
 * case as in the article ({@link Search}), wrapping at the ends.
 */
final class ListSearch {
    private ListSearch() {
    }

    /** Searches for {@code term} from the selected item on. */
    static Step start(ReaderState state, String term) {
        Document doc = state.document();
        if (doc == null) {
            return Step.of(state);
        }
        ReaderState searched = state.withSearch(Search.find(doc.layout(), term));
        return find(searched, term, state.selected(), +1);
    }

    /** {@code n} (+1) or {@code N} (-1): the next or previous matching item. */
    static Step next(ReaderState state, int direction) {
        if (state.search() == null || state.document() == null) {
            return Step.of(state.withStatus("No search yet: press / to search."));
        }
        return find(state, state.search().term(), state.selected() + direction, direction);
    }

    private static Step find(ReaderState state, String term, int from, int direction) {
        List<RelatedLink> items = state.document().article().related();
        int count = items.size();
        int matches = 0;
        for (RelatedLink item : items) {
            matches += matches(item, term) ? 1 : 0;
        }
        if (matches == 0) {
            return Step.of(state.withStatus("Not found: " + term));
        }
        for (int step = 0; step < count; step++) {
            int index = Math.floorMod(from + step * direction, count);
            if (matches(items.get(index), term)) {
                int ordinal = 0;
                for (int i = 0; i <= index; i++) {
                    ordinal += matches(items.get(i), term) ? 1 : 0;
                }
                boolean wrapped = direction > 0 ? index < from : index > from;
                return Step.of(state.withSelected(index).withStatus("/" + term + " · " + ordinal + " of " + matches
                        + " items · n next · N previous" + (wrapped ? " · wrapped" : "")));
            }
        }
        return Step.of(state);
    }

    static boolean matches(RelatedLink item, String term) {
        return holds(item.title(), term) || holds(item.summary(), term) || holds(item.section(), term);
    }

    private static boolean holds(String text, String term) {
        if (text == null || term.isEmpty()) {
            return false;
        }
        boolean ignoreCase = term.equals(term.toLowerCase(Locale.ROOT));
        return ignoreCase ? text.toLowerCase(Locale.ROOT).contains(term) : text.contains(term);
    }
}
