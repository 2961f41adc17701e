package dev.lede.reader;

/** What a key asks for. The keymap binds keys to these; the help screen describes them. */
public enum Action {
    LINE_DOWN("line down"),
    LINE_UP("line up"),
    PAGE_DOWN("page down"),
    PAGE_UP("page up"),
    HALF_PAGE_DOWN("half page down"),
    HALF_PAGE_UP("half page up"),
    TOP("top"),
    BOTTOM("bottom"),
    FOCUS_RELATED("related articles (Tab/Esc back)"),
    ACTIVATE("open the selected article"),
    CANCEL("close the panel"),
    NEXT_RELATED("open the next related article"),
    PREVIOUS_RELATED("open the previous related article"),
    BACK("history back"),
    FORWARD("history forward"),
    RELOAD("reload, bypassing caches"),
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
}
