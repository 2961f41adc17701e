package dev.lede.config;

import java.util.List;

/**
 * What a configuration file set; {@code null} (or an empty list) where it said nothing, so the
 * command line and the built-in defaults can fill in the rest.
 *
 * @param width        text measure in columns
 * @param color        {@code false} for {@code theme = mono}
 * @param prefetch     related articles loaded ahead
 * @param timeout      seconds before a page is given up on
 * @param userAgent    the User-Agent header
 * @param proxy        a proxy address for http and https, or {@code direct} for none
 * @param keys         key rebindings, in file order
 * @param browserTerminal whether $BROWSER's programs draw in the terminal ({@code browser-terminal});
 *                     {@code null}: each is judged by its name
 * @param spare        {@code true} for {@code spare = on}: the launcher leaves a warmed-up lede waiting
 */
public record Settings(Integer width, Boolean color, Integer prefetch, Integer timeout, String userAgent,
        String proxy, List<KeyBinding> keys, Boolean browserTerminal, Boolean spare) {

    /** Nothing set. */
    public static final Settings NONE = new Settings(null, null, null, null, null, null, List.of(), null, null);

    public Settings {
        keys = List.copyOf(keys);
    }

    /**
     * {@code key.ACTION = KEYS} on a line of the file: checked against the keymap by its user.
     *
     * @param action the action's name as written
     * @param keys   the keys as written, separated by spaces
     * @param where  "FILE:LINE", for a message about it
     */
    public record KeyBinding(String action, String keys, String where) {
    }
}
