package dev.lede.reader;

import java.util.Locale;

/**
 * What a key asks for. The keymap binds keys to these; the help screen describes them, and a
 * configuration file names them by {@link #configName()} ("page-down").
 */
public enum Action {
    LINE_DOWN("line down"),
    LINE_UP("line up"),
    PAGE_DOWN("page down"),
    PAGE_UP("page up"),
    HALF_PAGE_DOWN("half page down"),
    HALF_PAGE_UP("half page up"),
    SCROLL_RIGHT("scroll wide preformatted text right"),
    SCROLL_LEFT("scroll wide preformatted text left"),
    TOP("top"),
    BOTTOM("bottom"),
    FOCUS_RELATED("related articles, or a list's items (Tab/Esc back)"),
    ACTIVATE("open the selected article"),
    CANCEL("stop loading, clear search hits, close a panel"),
    OPEN_FEED("open the feed the page offers (RSS or Atom)"),
    TOGGLE_LIST("the page as a list of its headlines, or as an article"),
    NEXT_RELATED("open the next related article"),
    PREVIOUS_RELATED("open the previous related article"),
    BACK("history back"),
    FORWARD("history forward"),
    OPEN_URL("open a URL"),
    EDIT_URL("edit the current URL"),
    SEARCH("search in the article (in a list: its items)"),
    SEARCH_NEXT("next search hit"),
    SEARCH_PREVIOUS("previous search hit"),
    RELOAD("reload, bypassing caches"),
    COPY_URL("copy the URL to the clipboard"),
    SAVE("save to the reading list (again: remove)"),
    OPEN_IN_BROWSER("open in $BROWSER"),
    INFO("cache and network figures"),
    HELP("this help"),
    QUIT("quit");

    private final String description;

    Action(String description) {
        this.description = description;
    }

    /** A short phrase for the help screen. */
    public String description() {
        return description;
    }

    /** The name a configuration file uses: lower case, words joined by '-' ("page-down"). */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The action a configuration file names, ignoring case and accepting '_' for '-'.
     *
     * @throws IllegalArgumentException naming the unknown action, for one clear line to the user
     */
    public static Action named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Action action : values()) {
            if (action.configName().equals(wanted)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown action '" + name.strip() + "'");
    }
}
