package dev.lede.reader;

import java.util.List;

/** Keys while the article has the focus: scrolling, history, prompts, search, link numbers. */
final class ReadingMode {
    /** Digits a link number may have; more is a typo, not a link. */
    static final int MAX_LINK_DIGITS = 5;
    /** Columns one {@code <} or {@code >} moves wide preformatted text. */
    static final int SHIFT_STEP = 8;

    private final Keymap keymap;
    private final Loads loads;

    ReadingMode(Keymap keymap, Loads loads) {
        this.keymap = keymap;
        this.loads = loads;
    }

    Step key(ReaderState state, Key key) {
        Action action = keymap.reading(key);
        if (!state.digits().isEmpty()) {
            Step typing = linkNumber(state, key, action);
            if (typing != null) {
                return typing;
            }
            state = state.withDigits("");
        } else if (action == null && isDigit(key) && state.document() != null) {
            return Step.of(state.withDigits(String.valueOf(key.ch())));
        }
        return action == null ? Step.of(state) : act(state, action);
    }

    private static boolean isDigit(Key key) {
        return key.kind() == Key.Kind.CHARACTER && !key.ctrl() && !key.alt() && key.ch() >= '0' && key.ch() <= '9';
    }

    /** A key while a link number is being typed, or {@code null} when the key ends it and acts as usual. */
    private Step linkNumber(ReaderState state, Key key, Action action) {
        String digits = state.digits();
        if (isDigit(key) && action == null) {
            return Step.of(digits.length() < MAX_LINK_DIGITS ? state.withDigits(digits + key.ch()) : state);
        }
        switch (key.kind()) {
            case ENTER:
                return follow(state.withDigits(""), Integer.parseInt(digits));
            case BACKSPACE:
                return Step.of(state.withDigits(digits.substring(0, digits.length() - 1)));
            case ESCAPE:
                return Step.of(state.withDigits(""));
            default:
                return null;
        }
    }

    private Step follow(ReaderState state, int number) {
        List<String> links = LinkNumbers.of(state.document());
        if (number < 1 || number > links.size()) {
            return Step.of(state.withStatus(links.isEmpty() ? "This article has no numbered links."
                    : "No link [" + number + "]: links are numbered 1 to " + links.size() + "."));
        }
        return loads.open(state, links.get(number - 1));
    }

    private Step act(ReaderState state, Action action) {
        switch (action) {
            case QUIT:
                return loads.quit(state);
            case HELP:
                return Step.of(state.withFocus(Focus.HELP).withHelpTop(0));
            case INFO:
                return loads.open(state, InfoPage.TARGET);
            case BACK:
                return loads.back(state);
            case FORWARD:
                return loads.forward(state);
            case OPEN_URL:
                return Step.of(state.withPrompt(Prompt.start(Prompt.Purpose.OPEN, "")).withFocus(Focus.PROMPT));
            case EDIT_URL:
                return Step.of(state.withPrompt(Prompt.start(Prompt.Purpose.OPEN, currentUrl(state)))
                        .withFocus(Focus.PROMPT));
            case CANCEL:
                if (state.loading()) { // a slow page: stop waiting and keep reading what is open
                    return Step.of(state.withPending(null).withStatus("Stopped loading "
                            + StatusLine.shortTarget(state.loadingTarget()) + "."));
                }
                if (state.search() == null && state.document() != null
                        && state.document().target().equals(InfoPage.TARGET)) {
                    return loads.back(state); // the figures screen is a panel: Esc closes it like the others
                }
                return Step.of(state.withSearch(null));
            default:
                break;
        }
        Document doc = state.document();
        if (doc == null) {
            return Step.of(state);
        }
        int top = doc.top();
        int half = Math.max(1, state.textRows() / 2);
        return switch (action) {
            case LINE_DOWN -> Step.of(state.with(doc.withTop(top + 1)));
            case LINE_UP -> Step.of(state.with(doc.withTop(top - 1)));
            case PAGE_DOWN -> pageDown(state, doc);
            case PAGE_UP -> Step.of(state.with(doc.withTop(doc.pages().previous(top))));
            case HALF_PAGE_DOWN -> Step.of(state.with(doc.withTop(top + half)));
            case HALF_PAGE_UP -> Step.of(state.with(doc.withTop(top - half)));
            case SCROLL_RIGHT -> doc.layout().maxShift() == 0
                    ? Step.of(state.withStatus("Nothing here is wider than the page."))
                    : Step.of(state.with(doc.withShift(doc.shift() + SHIFT_STEP)));
            case SCROLL_LEFT -> Step.of(state.with(doc.withShift(doc.shift() - SHIFT_STEP)));
            case TOP -> Step.of(state.with(doc.withTop(0)));
            case BOTTOM -> Step.of(state.with(doc.withTop(doc.pages().lastScreen())));
            case FOCUS_RELATED -> doc.article().related().isEmpty()
                    ? Step.of(state.withStatus("This page has no related articles."))
                    : Step.of(state.withFocus(Focus.RELATED)
                            .withSelected(Math.min(state.selected(), doc.article().related().size() - 1)));
            case OPEN_FEED -> doc.article().feed() == null
                    ? Step.of(state.withStatus(doc.article().isFeed() ? "This is a feed: Tab lists its items."
                            : "This page offers no feed."))
                    : loads.open(state, doc.article().feed());
            case NEXT_RELATED -> loads.walk(state, +1);
            case PREVIOUS_RELATED -> loads.walk(state, -1);
            case RELOAD -> loads.reload(state);
            case SEARCH -> Step.of(state.withPrompt(Prompt.start(Prompt.Purpose.SEARCH, "")).withFocus(Focus.PROMPT));
            case SEARCH_NEXT -> Searching.next(state, +1);
            case SEARCH_PREVIOUS -> Searching.next(state, -1);
            case COPY_URL -> currentUrl(state).isEmpty()
                    ? Step.of(state.withStatus("This page has no address to copy."))
                    : Step.of(state.withStatus("Copied " + currentUrl(state)),
                            new Effect.CopyToClipboard(currentUrl(state)));
            case OPEN_IN_BROWSER -> openInBrowser(state, currentUrl(state));
            default -> Step.of(state);
        };
    }

    private static Step pageDown(ReaderState state, Document doc) {
        int next = doc.pages().next(doc.top());
        if (next == doc.top() || doc.atEnd()) {
            return Step.of(state.withStatus("End of article."));
        }
        return Step.of(state.with(doc.withTop(next)));
    }

    /** B: hands {@code url} to the browser when it is a web address; anything else stays in the reader. */
    static Step openInBrowser(ReaderState state, String url) {
        if (url.isEmpty()) {
            return Step.of(state.withStatus("This page has no address to open in a browser."));
        }
        if (!isWeb(url)) {
            return Step.of(state.withStatus("Only web addresses open in a browser, not " + StatusLine.shortTarget(url)
                    + "."));
        }
        return Step.of(state.withStatus("Opening " + url + " in the browser …"), new Effect.OpenInBrowser(url));
    }

    /** Whether {@code url} is an http or https address. */
    static boolean isWeb(String url) {
        int colon = url.indexOf(':');
        String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && url.startsWith("//", colon + 1);
    }

    /** The address of the open article: where it was found after redirects, else what was asked for. */
    static String currentUrl(ReaderState state) {
        Document doc = state.document();
        if (doc == null) {
            return state.loadingTarget() == null ? "" : state.loadingTarget();
        }
        if (doc.article().isBuiltIn()) {
            return ""; // lede's own pages: "lede:start" means nothing to a browser or a clipboard
        }
        String url = doc.article().url();
        return url != null && !url.isBlank() ? url : doc.target();
    }
}
