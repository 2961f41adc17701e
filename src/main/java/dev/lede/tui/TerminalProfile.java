package dev.lede.tui;

import java.util.Locale;
import java.util.Map;

/**
 * What the terminal can show, read from the environment: how many colours (none with NO_COLOR,
 * {@code --no-color}, or a terminal without colour such as vt100; 16 as the baseline; 256 or
 * 24-bit when TERM or COLORTERM say so), italics (not on the Linux console, which fakes them
 * with a colour that clashes with ours), non-ASCII glyphs (only under a UTF-8 locale, and not on
 * vt100), and whether a full screen is possible at all (TERM=dumb cannot move the cursor).
 *
 * @param colours    the colours to draw with
 * @param italic     draw italics
 * @param unicode    draw non-ASCII glyphs; otherwise ASCII stand-ins of the same width
 * @param fullScreen the terminal can be driven as a screen
 */
public record TerminalProfile(Colours colours, boolean italic, boolean unicode, boolean fullScreen) {
    /** How many colours a terminal shows. */
    public enum Colours {
        /** Bold, underline and reverse only. */
        NONE,
        /** The 16 ANSI colours, which every colour terminal has. */
        ANSI_16,
        /** xterm's 256-colour palette. */
        INDEXED_256,
        /** 24-bit colour. */
        TRUECOLOR
    }

    /** Everything on, with the baseline colours: what tests get. */
    public static final TerminalProfile FULL = new TerminalProfile(Colours.ANSI_16, true, true, true);

    /** A profile with the 16-colour baseline ({@code colour}) or no colour. */
    public TerminalProfile(boolean colour, boolean italic, boolean unicode, boolean fullScreen) {
        this(colour ? Colours.ANSI_16 : Colours.NONE, italic, unicode, fullScreen);
    }

    /** This profile without non-ASCII glyphs ({@code --ascii}). */
    public TerminalProfile asciiOnly() {
        return new TerminalProfile(colours, italic, false, fullScreen);
    }

    /** Whether to draw in colour at all. */
    public boolean colour() {
        return colours != Colours.NONE;
    }

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
        Colours colours = noColor || vt || dumb ? Colours.NONE : depth(term, env.getOrDefault("COLORTERM", ""));
        return new TerminalProfile(colours, !linux && !vt, utf8(env) && !vt, !dumb);
    }

    /**
     * The colour depth a colour terminal announces. COLORTERM is the common signal for 24-bit
     * colour (set by most emulators and passed on by ssh when allowed); terminfo names carry
     * the rest ({@code xterm-256color}, {@code tmux-direct}). Reading terminfo itself would cost
     * a process at start-up for what the name already says.
     */
    static Colours depth(String term, String colorTerm) {
        String announced = colorTerm.toLowerCase(Locale.ROOT);
        if (announced.equals("truecolor") || announced.equals("24bit") || term.endsWith("-direct")) {
            return Colours.TRUECOLOR;
        }
        if (term.contains("256color") || term.contains("256colour")) {
            return Colours.INDEXED_256;
        }
        return Colours.ANSI_16;
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
