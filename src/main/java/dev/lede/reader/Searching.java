package dev.lede.reader;

/** Searching the open article: a new term from the prompt, {@code n} and {@code N}, and keeping hits on screen. */
final class Searching {
    /** Lines shown above a hit that had to be scrolled to, so it is read in context. */
    static final int CONTEXT_LINES = 2;

    private Searching() {
    }

    /** Searches for {@code term} from the top of the screen down. */
    static Step start(ReaderState state, String term) {
        Document doc = state.document();
        if (doc == null) {
            return Step.of(state);
        }
        Search found = Search.find(doc.layout(), term);
        if (found.hits().isEmpty()) {
            return Step.of(state.withSearch(found).withStatus("Not found: " + term));
        }
        return Step.of(show(state, found.at(found.firstFrom(doc.top())), ""));
    }

    /** {@code n} ({@code direction} +1) or {@code N} (-1): the next or previous hit, wrapping around. */
    static Step next(ReaderState state, int direction) {
        Search search = state.search();
        if (search == null || state.document() == null) {
            return Step.of(state.withStatus("No search yet: press / to search."));
        }
        if (search.hits().isEmpty()) {
            return Step.of(state.withStatus("Not found: " + search.term()));
        }
        int count = search.hits().size();
        int index = search.current() + direction;
        String wrapped = "";
        if (index >= count) {
            index = 0;
            wrapped = " · wrapped to the top";
        } else if (index < 0) {
            index = count - 1;
            wrapped = " · wrapped to the end";
        }
        return Step.of(show(state, search.at(index), wrapped));
    }

    /** The same term in a new layout of the article (after a resize), on the first hit from the top line. */
    static Search refind(Search old, Document doc) {
        Search found = Search.find(doc.layout(), old.term());
        return old.current() < 0 || found.hits().isEmpty() ? found : found.at(found.firstFrom(doc.top()));
    }

    private static ReaderState show(ReaderState state, Search search, String note) {
        Document doc = state.document();
        Search.Hit hit = search.currentHit();
        int top = doc.top();
        int visible = Math.max(1, doc.pages().visibleLines(top));
        if (hit.line() < top || hit.line() >= top + visible) {
            top = hit.line() - CONTEXT_LINES;
        }
        String status = "/" + search.term() + " · " + (search.current() + 1) + " of " + search.hits().size()
                + " · n next · N previous" + note;
        return state.with(doc.withTop(top)).withSearch(search).withStatus(status);
    }
}
