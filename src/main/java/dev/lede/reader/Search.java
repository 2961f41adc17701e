package dev.lede.reader;

import dev.lede.layout.Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A search in the open article: the term and every place it occurs, and which of them the
 * reader is on. Case is ignored unless the term has a capital letter (vi's smartcase).
 *
 * @param term    what was searched for
 * @param hits    where it occurs, in reading order
 * @param current the index of the hit the reader is on, or -1 when there are none
 */
public record Search(String term, List<Hit> hits, int current) {

    /**
     * One occurrence: chars {@code [start, end)} of the text of layout line {@code line}.
     * Occurrences that a line break splits are not found.
     */
    public record Hit(int line, int start, int end) {
    }

    public Search {
        hits = List.copyOf(hits);
    }

    /** Every occurrence of {@code term} in {@code layout}, with none current yet. */
    static Search find(Layout layout, String term) {
        boolean ignoreCase = term.equals(term.toLowerCase(Locale.ROOT));
        String needle = ignoreCase ? term.toLowerCase(Locale.ROOT) : term;
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < layout.size(); i++) {
            String text = layout.line(i).text();
            String hay = ignoreCase ? lowerSameLength(text) : text;
            int from = hay.indexOf(needle);
            while (from >= 0 && !needle.isEmpty()) {
                hits.add(new Hit(i, from, from + needle.length()));
                from = hay.indexOf(needle, from + needle.length());
            }
        }
        return new Search(term, hits, -1);
    }

    /** Lower case char by char, so indexes in the result are indexes in {@code text}. */
    private static String lowerSameLength(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** The index of the first hit on or after {@code line}, wrapping to the first; -1 when none. */
    int firstFrom(int line) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).line() >= line) {
                return i;
            }
        }
        return hits.isEmpty() ? -1 : 0;
    }

    Search at(int index) {
        return new Search(term, hits, index);
    }

    /** The hit the reader is on, or {@code null}. */
    public Hit currentHit() {
        return current < 0 || current >= hits.size() ? null : hits.get(current);
    }

    /** The hits on layout line {@code line}, for highlighting. */
    public List<Hit> on(int line) {
        List<Hit> found = new ArrayList<>();
        for (Hit hit : hits) {
            if (hit.line() == line) {
                found.add(hit);
            } else if (hit.line() > line) {
                break;
            }
        }
        return found;
    }
}
