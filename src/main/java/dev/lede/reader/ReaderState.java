package dev.lede.reader;

import dev.lede.layout.Anchor;
import dev.lede.layout.Layouter;
import java.util.List;
import java.util.Map;

/**
 * Everything the reader sees and where it is; immutable. {@link Update#apply} makes the next
 * one, {@code dev.lede.tui} draws it.
 *
 * @param columns      terminal width
 * @param rows         terminal height
 * @param maxMeasure   the widest the text may be set ({@code --width})
 * @param document     the open article, or {@code null} before the first one arrives
 * @param back         history behind, most recent last
 * @param forward      history ahead, most recent last
 * @param focus        where keys go
 * @param selected     the selected row of the related panel
 * @param walk         the related list being walked with ] and [, or {@code null}
 * @param status       a one-line message for the status bar, or {@code null}; the next key clears it
 * @param pending      the article being loaded, or {@code null}
 * @param nextRequest  the id the next load will carry
 * @param quitting     the reader asked to quit
 * @param prompt       the line being edited at the foot of the screen, or {@code null}
 * @param search       the last search and its hits in the open article, or {@code null}
 * @param digits       a link number being typed ("" when none)
 * @param recall       what was typed into prompts before, for ↑ and ↓
 * @param places       where the reader left each article it has read (target → anchor)
 * @param helpTop      the first help row shown, when help is longer than the screen
 */
public record ReaderState(
        int columns,
        int rows,
        int maxMeasure,
        Document document,
        List<Visit> back,
        List<Visit> forward,
        Focus focus,
        int selected,
        RelatedWalk walk,
        String status,
        Pending pending,
        long nextRequest,
        boolean quitting,
        Prompt prompt,
        Search search,
        String digits,
        Recall recall,
        Map<String, Anchor> places,
        int helpTop) {

    /** Rows the screen spends on things other than text: title bar, two rules, status bar. */
    public static final int CHROME_ROWS = 4;
    /** Columns kept free at each side when the terminal is narrower than the measure. */
    public static final int SIDE_MARGIN = 1;

    public ReaderState {
        back = List.copyOf(back);
        forward = List.copyOf(forward);
        places = Map.copyOf(places);
        digits = digits == null ? "" : digits;
        recall = recall == null ? Recall.EMPTY : recall;
    }

    /** A reader with nothing open yet. */
    public static ReaderState initial(int columns, int rows, int maxMeasure) {
        return new ReaderState(columns, rows, maxMeasure, null, List.of(), List.of(), Focus.READING, 0, null,
                null, null, 1, false, null, null, "", Recall.EMPTY, Map.of(), 0);
    }

    /** This state with the places remembered from earlier runs, where articles open again. */
    public ReaderState withPlaces(Map<String, Anchor> remembered) {
        return new ReaderState(columns, rows, maxMeasure, document, back, forward, focus, selected, walk, status, pending, nextRequest, quitting, prompt, search, digits, recall, remembered, helpTop);
    }

    /** This state with a message in the status bar (say, a problem found before the screen opened). */
    public ReaderState withStatus(String newStatus) {
        return new ReaderState(columns, rows, maxMeasure, document, back, forward, focus, selected, walk, newStatus, pending, nextRequest, quitting, prompt, search, digits, recall, places, helpTop);
    }

    /** Rows available for article text. */
    public int textRows() {
        return textRows(rows);
    }

    static int textRows(int rows) {
        return Math.max(1, rows - CHROME_ROWS);
    }

    /** The text measure at the current width. */
    public int measure() {
        return measure(columns, maxMeasure);
    }

    static int measure(int columns, int maxMeasure) {
        return Math.max(Layouter.MIN_WIDTH, Math.min(maxMeasure, columns - 2 * SIDE_MARGIN));
    }

    /** Whether a load is in flight. */
    public boolean loading() {
        return pending != null;
    }

    /** The target being loaded, or {@code null}. */
    public String loadingTarget() {
        return pending == null ? null : pending.target();
    }

    ReaderState with(Document newDocument) {
        return new ReaderState(columns, rows, maxMeasure, newDocument, back, forward, focus, selected, walk, status, pending, nextRequest, quitting, prompt, search, digits, recall, places, helpTop);
    }

    ReaderState withFocus(Focus newFocus) {
        return new ReaderState(columns, rows, maxMeasure, document, back, forward, newFocus, selected, walk, status, pending, nextRequest, quitting, prompt, search, digits, recall, places, helpTop);
    }

    ReaderState withSelected(int newSelected) {
        return new ReaderState(columns, rows, maxMeasure, document, back, forward, focus, newSelected, walk, status, pending, nextRequest, quitting, prompt, search, digits, recall, places, helpTop);
    }

    ReaderState withPending(Pending newPending) {
        long next = newPending == null ? nextRequest : Math.max(nextRequest, newPending.request() + 1);
        return new ReaderState(columns, rows, maxMeasure, document, back, forward, focus, selected, walk, status, newPending, next, quitting, prompt, search, digits, recall, places, helpTop);
    }

    ReaderState withSize(int newColumns, int newRows) {
        return new ReaderState(newColumns, newRows, maxMeasure, document, back, forward, focus, selected, walk, status, pending, nextRequest, quitting, prompt, search, digits, recall, places, helpTop);
    }

    ReaderState withHistory(List<Visit> newBack, List<Visit> newForward) {
        return new ReaderState(columns, rows, maxMeasure, document, newBack, newForward, focus, selected, walk, status, pending, nextRequest, quitting, prompt, search, digits, recall, places, helpTop);
    }

    ReaderState withWalk(RelatedWalk newWalk) {
        return new ReaderState(columns, rows, maxMeasure, document, back, forward, focus, selected, newWalk, status, pending, nextRequest, quitting, prompt, search, digits, recall, places, helpTop);
    }

    ReaderState withPrompt(Prompt newPrompt) {
        return new ReaderState(columns, rows, maxMeasure, document, back, forward, focus, selected, walk, status, pending, nextRequest, quitting, newPrompt, search, digits, recall, places, helpTop);
    }

    ReaderState withSearch(Search newSearch) {
        return new ReaderState(columns, rows, maxMeasure, document, back, forward, focus, selected, walk, status, pending, nextRequest, quitting, prompt, newSearch, digits, recall, places, helpTop);
    }

    ReaderState withDigits(String newDigits) {
        return new ReaderState(columns, rows, maxMeasure, document, back, forward, focus, selected, walk, status, pending, nextRequest, quitting, prompt, search, newDigits, recall, places, helpTop);
    }

    ReaderState withRecall(Recall newRecall) {
        return new ReaderState(columns, rows, maxMeasure, document, back, forward, focus, selected, walk, status, pending, nextRequest, quitting, prompt, search, digits, newRecall, places, helpTop);
    }

    ReaderState withHelpTop(int newHelpTop) {
        return new ReaderState(columns, rows, maxMeasure, document, back, forward, focus, selected, walk, status, pending, nextRequest, quitting, prompt, search, digits, recall, places, newHelpTop);
    }

    ReaderState quit() {
        return new ReaderState(columns, rows, maxMeasure, document, back, forward, focus, selected, walk, status, pending, nextRequest, true, prompt, search, digits, recall, places, helpTop);
    }
}
