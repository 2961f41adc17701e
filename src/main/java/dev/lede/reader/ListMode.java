package dev.lede.reader;

import dev.lede.article.RelatedLink;
import java.util.List;

/** Keys while the related-articles list has the focus: moving the selection and opening. */
final class ListMode {
    private final Keymap keymap;
    private final Loads loads;

    ListMode(Keymap keymap, Loads loads) {
        this.keymap = keymap;
        this.loads = loads;
    }

    Step key(ReaderState state, Key key) {
        Action action = keymap.panel(key);
        if (action == null || state.document() == null) {
            return Step.of(state);
        }
        List<RelatedLink> related = state.document().article().related();
        int last = related.size() - 1;
        int selected = state.selected();
        int page = Math.max(1, state.textRows() - 2);
        return switch (action) {
            case LINE_DOWN -> Step.of(state.withSelected(Math.min(last, selected + 1)));
            case LINE_UP -> Step.of(state.withSelected(Math.max(0, selected - 1)));
            case PAGE_DOWN -> Step.of(state.withSelected(Math.min(last, selected + page)));
            case PAGE_UP -> Step.of(state.withSelected(Math.max(0, selected - page)));
            case HALF_PAGE_DOWN -> Step.of(state.withSelected(Math.min(last, selected + Math.max(1, page / 2))));
            case HALF_PAGE_UP -> Step.of(state.withSelected(Math.max(0, selected - Math.max(1, page / 2))));
            case TOP -> Step.of(state.withSelected(0));
            case BOTTOM -> Step.of(state.withSelected(last));
            case ACTIVATE -> loads.openRelated(state, related, selected);
            case FOCUS_RELATED, CANCEL -> Step.of(state.withFocus(Focus.READING));
            case QUIT -> loads.quit(state);
            case HELP -> Step.of(state.withFocus(Focus.HELP).withHelpTop(0));
            case BACK -> loads.back(state.withFocus(Focus.READING));
            case FORWARD -> loads.forward(state.withFocus(Focus.READING));
            case NEXT_RELATED -> loads.walk(state, +1);
            case PREVIOUS_RELATED -> loads.walk(state, -1);
            case COPY_URL -> {
                String url = related.get(selected).url();
                yield Step.of(state.withStatus("Copied " + url), new Effect.CopyToClipboard(url));
            }
            case OPEN_IN_BROWSER -> ReadingMode.openInBrowser(state, related.get(selected).url());
            case OPEN_URL -> Step.of(state.withPrompt(Prompt.start(Prompt.Purpose.OPEN, "")).withFocus(Focus.PROMPT));
            case EDIT_URL -> Step.of(state.withPrompt(Prompt.start(Prompt.Purpose.OPEN, related.get(selected).url()))
                    .withFocus(Focus.PROMPT));
            default -> Step.of(state);
        };
    }
}
