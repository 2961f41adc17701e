package dev.lede.tui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The OSC 52 escape sequence that asks the terminal to put text on its clipboard. It travels
 * with the output, so it works over SSH; tmux passes it on with {@code set-clipboard on}, and
 * GNU screen needs it wrapped in a DCS pass-through.
 */
final class Osc52 {
    private static final String ESC = "\u001b";
    private static final String BEL = "\u0007";

    private Osc52() {
    }

    /**
     * The bytes that copy {@code text}.
     *
     * @param insideScreen wrap for GNU screen (TERM starts with "screen" outside tmux)
     */
    static byte[] copy(String text, boolean insideScreen) {
        String payload = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        String osc = ESC + "]52;c;" + payload + BEL;
        String wrapped = insideScreen ? ESC + "P" + osc + ESC + "\\" : osc;
        return wrapped.getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether the terminal named by these environment values is GNU screen (not tmux, which sets TMUX). */
    static boolean insideScreen(String term, String tmux) {
        return term != null && term.startsWith("screen") && (tmux == null || tmux.isEmpty());
    }
}
