package dev.lede.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.lede.layout.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * How each role looks: a 16-colour baseline; softer, exact tones where the terminal has 256 or
 * 24-bit colour (the 16 colours are whatever the user's palette makes them, often a grey too dark
 * to read on black); bold, underline and reverse only in monochrome.
 */
final class Theme {
    /** One look: foreground colour and attributes. */
    record Look(TextColor foreground, EnumSet<SGR> attributes) {
        // Written out: a record's generated equals and hashCode are linked on first use, slowly
        // in a fresh JVM, and every cell of the first frame looks its look up (Cells).
        @Override
        public boolean equals(Object other) {
            return other instanceof Look look && foreground.equals(look.foreground)
                    && attributes.equals(look.attributes);
        }

        @Override
        public int hashCode() {
            return foreground.hashCode() * 31 + attributes.hashCode();
        }
    }

    private static final TextColor DEFAULT = TextColor.ANSI.DEFAULT;

    /** A tone in each depth: the ANSI colour, and its 256-palette index (whose RGB is exact). */
    private enum Tone {
        GREY(TextColor.ANSI.BLACK_BRIGHT, 245, 0x8a8a8a),
        TEAL(TextColor.ANSI.CYAN, 73, 0x5fafaf),
        SKY(TextColor.ANSI.BLUE_BRIGHT, 75, 0x5fafff),
        MAUVE(TextColor.ANSI.MAGENTA, 139, 0xaf87af),
        OCHRE(TextColor.ANSI.YELLOW, 179, 0xd7af5f),
        /** The headline's: a newspaper's red, readable on dark and light backgrounds alike. */
        BRICK(TextColor.ANSI.RED, 167, 0xd75f5f);

        private final TextColor ansi;
        private final int index;
        private final int rgb;

        Tone(TextColor ansi, int index, int rgb) {
            this.ansi = ansi;
            this.index = index;
            this.rgb = rgb;
        }

        TextColor in(TerminalProfile.Colours colours) {
            return switch (colours) {
                case INDEXED_256 -> new TextColor.Indexed(index);
                case TRUECOLOR -> new TextColor.RGB(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff);
                default -> ansi;
            };
        }
    }

    private final Map<Role, Look> looks = new EnumMap<>(Role.class);
    private final Look chrome;
    private final Look selection;
    private final Look match;
    private final Look currentMatch;

    private Theme(TerminalProfile.Colours colours, boolean italic) {
        boolean monochrome = colours == TerminalProfile.Colours.NONE;
        for (Role role : Role.values()) {
            Look look = monochrome ? mono(role) : colour(role, colours);
            looks.put(role, italic ? look : withoutItalic(look));
        }
        chrome = new Look(monochrome ? DEFAULT : Tone.GREY.in(colours), EnumSet.noneOf(SGR.class));
        selection = new Look(DEFAULT, EnumSet.of(SGR.REVERSE));
        match = new Look(DEFAULT, EnumSet.of(SGR.REVERSE));
        currentMatch = new Look(DEFAULT, EnumSet.of(SGR.REVERSE, SGR.BOLD, SGR.UNDERLINE));
    }

    static Theme of(boolean monochrome) {
        return new Theme(monochrome ? TerminalProfile.Colours.NONE : TerminalProfile.Colours.ANSI_16, true);
    }

    /** The theme a terminal can show: colour or not, italics or not. */
    static Theme of(TerminalProfile profile) {
        return new Theme(profile.colours(), profile.italic());
    }

    private static Look withoutItalic(Look look) {
        EnumSet<SGR> attributes = EnumSet.copyOf(look.attributes().isEmpty()
                ? EnumSet.noneOf(SGR.class) : look.attributes());
        attributes.remove(SGR.ITALIC);
        return new Look(look.foreground(), attributes);
    }

    Look look(Role role) {
        return looks.get(role);
    }

    /** Rules and quiet text of the frame around the article. */
    Look chrome() {
        return chrome;
    }

    Look selection() {
        return selection;
    }

    /** A search hit. */
    Look match() {
        return match;
    }

    /** The search hit the reader is on. */
    Look currentMatch() {
        return currentMatch;
    }

    /** The glyph the frame's rules are drawn with. */
    String rule() {
        return "─";
    }

    private static Look colour(Role role, TerminalProfile.Colours colours) {
        return switch (role) {
            // The headline is not one more subhead: bold and in colour, where h2 and h3 are bold only.
            case HEADLINE -> new Look(Tone.BRICK.in(colours), EnumSet.of(SGR.BOLD));
            case HEADING, STRONG -> new Look(DEFAULT, EnumSet.of(SGR.BOLD));
            case STANDFIRST, EMPHASIS -> new Look(DEFAULT, EnumSet.of(SGR.ITALIC));
            case PULL_QUOTE -> new Look(Tone.TEAL.in(colours), EnumSet.of(SGR.ITALIC));
            case META, ORNAMENT, LIST_MARKER -> new Look(Tone.GREY.in(colours), EnumSet.noneOf(SGR.class));
            case CAPTION -> new Look(Tone.GREY.in(colours), EnumSet.of(SGR.ITALIC));
            case FIGURE -> new Look(Tone.MAUVE.in(colours), EnumSet.noneOf(SGR.class));
            case CODE -> new Look(Tone.OCHRE.in(colours), EnumSet.noneOf(SGR.class));
            case LINK -> new Look(Tone.SKY.in(colours), EnumSet.of(SGR.UNDERLINE));
            default -> new Look(DEFAULT, EnumSet.noneOf(SGR.class));
        };
    }

    /** In monochrome the headline is bold like a subhead; the blank line the layout puts under it sets it apart. */
    private static Look mono(Role role) {
        return switch (role) {
            case HEADLINE, HEADING, STRONG -> new Look(DEFAULT, EnumSet.of(SGR.BOLD));
            case LINK -> new Look(DEFAULT, EnumSet.of(SGR.UNDERLINE));
            default -> new Look(DEFAULT, EnumSet.noneOf(SGR.class));
        };
    }
}
