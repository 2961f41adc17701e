package dev.lede.reader;

/** Keys while help is shown: the reading keys scroll it when it is longer than the screen; any other key closes it. */
final class HelpMode {
    private final Keymap keymap;
    private final int rows;

    HelpMode(Keymap keymap) {
        this.keymap = keymap;
        this.rows = HelpPage.rows(keymap).size();
    }

    Step key(ReaderState state, Key key) {
        Action action = keymap.reading(key);
        int maxTop = Math.max(0, rows - state.textRows());
        int top = state.helpTop();
        int page = Math.max(1, state.textRows() - 1);
        if (action == null) {
            return Step.of(state.withFocus(Focus.READING));
        }
        return switch (action) {
            case LINE_DOWN -> Step.of(state.withHelpTop(Math.min(maxTop, top + 1)));
            case LINE_UP -> Step.of(state.withHelpTop(Math.max(0, top - 1)));
            case PAGE_DOWN, HALF_PAGE_DOWN -> Step.of(state.withHelpTop(Math.min(maxTop, top + page)));
            case PAGE_UP, HALF_PAGE_UP -> Step.of(state.withHelpTop(Math.max(0, top - page)));
            case TOP -> Step.of(state.withHelpTop(0));
            case BOTTOM -> Step.of(state.withHelpTop(maxTop));
            default -> Step.of(state.withFocus(Focus.READING)); // q, Esc, ? and the rest: as in less, leave help first
        };
    }
}
