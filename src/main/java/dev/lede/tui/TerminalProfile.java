package dev.lede.tui;

import java.util.Locale;
import java.util.Map;

/**
 * What the terminal can show, read from the environment: colour (not with NO_COLOR,
 * {@code --no-color}, or a terminal without colour such as vt100), italics (not on the Linux
 * console, which fakes them with a colour that clashes with ours), non-ASCII glyphs (only
 * under a UTF-8 locale, and not on vt100), and whether a full screen is possible at all
 * (TERM=dumb cannot move the cursor).
 *
 * @param colour     use the 16-colour theme; otherwise bold, underline and reverse only
 * @param italic     draw italics
 * @param unicode    draw non-ASCII glyphs; otherwise ASCII stand-ins of the same width
 * @param fullScreen the terminal can be driven as a screen
 */
public record TerminalProfile(boolean colour, boolean italic, boolean unicode, boolean fullScreen) {
    /** Everything on: what tests and a modern terminal get. */
    public static final TerminalProfile FULL = new TerminalProfile(true, true, true, true);

    /**
     * The profile for an environment.
     *
     * @param noColorFlag {@code --no-color} was given
     */
    public static TerminalProfile of(Map<String, String> env, boolean noColorFlag) {
        String term = env.getOrDefault("TERM", "").toLowerCase(Locale.ROOT);
        boolean dumb = term.isEmpty() || term.equals("dumb") || term.equals("unknown");
        boolean vt = term.startsWith("vt1") || term.startsWith("vt2");
        boolean noColor = noColorFlag || !env.getOrDefault("NO_COLOR", "").isEmpty();
        boolean linux = term.equals("linux") || term.startsWith("linux-");
        return new TerminalProfile(!noColor && !vt && !dumb, !linux && !vt, utf8(env) && !vt, !dumb);
    }

    /** Whether the locale's character set is UTF-8 (LC_ALL, else LC_CTYPE, else LANG, as setlocale reads them). */
    static boolean utf8(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                String lower = value.toLowerCase(Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8");
            }
        }
        return false;
    }
}
