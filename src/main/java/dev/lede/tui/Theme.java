package dev.lede.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.lede.layout.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/** How each role looks: a 16-colour baseline, or bold/underline/reverse only in monochrome. */
final class Theme {
    /** One look: foreground colour and attributes. */
    record Look(TextColor foreground, EnumSet<SGR> attributes) {
    }

    private static final TextColor DEFAULT = TextColor.ANSI.DEFAULT;
    private static final TextColor GREY = TextColor.ANSI.BLACK_BRIGHT;

    private final Map<Role, Look> looks = new EnumMap<>(Role.class);
    private final Look chrome;
    private final Look selection;
    private final Look match;
    private final Look currentMatch;

    private Theme(boolean monochrome, boolean italic) {
        for (Role role : Role.values()) {
            Look look = monochrome ? mono(role) : colour(role);
            looks.put(role, italic ? look : withoutItalic(look));
        }
        chrome = new Look(monochrome ? DEFAULT : GREY, EnumSet.noneOf(SGR.class));
        selection = new Look(DEFAULT, EnumSet.of(SGR.REVERSE));
        match = new Look(DEFAULT, EnumSet.of(SGR.REVERSE));
        currentMatch = new Look(DEFAULT, EnumSet.of(SGR.REVERSE, SGR.BOLD, SGR.UNDERLINE));
    }

    static Theme of(boolean monochrome) {
        return new Theme(monochrome, true);
    }

    /** The theme a terminal can show: colour or not, italics or not. */
    static Theme of(TerminalProfile profile) {
        return new Theme(!profile.colour(), profile.italic());
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

    private static Look colour(Role role) {
        return switch (role) {
            case HEADLINE, HEADING, STRONG -> new Look(DEFAULT, EnumSet.of(SGR.BOLD));
            case STANDFIRST, EMPHASIS -> new Look(DEFAULT, EnumSet.of(SGR.ITALIC));
            case PULL_QUOTE -> new Look(TextColor.ANSI.CYAN, EnumSet.of(SGR.ITALIC));
            case META, ORNAMENT, LIST_MARKER -> new Look(GREY, EnumSet.noneOf(SGR.class));
            case CAPTION -> new Look(GREY, EnumSet.of(SGR.ITALIC));
            case FIGURE -> new Look(TextColor.ANSI.MAGENTA, EnumSet.noneOf(SGR.class));
            case CODE -> new Look(TextColor.ANSI.YELLOW, EnumSet.noneOf(SGR.class));
            case LINK -> new Look(TextColor.ANSI.BLUE_BRIGHT, EnumSet.of(SGR.UNDERLINE));
            default -> new Look(DEFAULT, EnumSet.noneOf(SGR.class));
        };
    }

    private static Look mono(Role role) {
        return switch (role) {
            case HEADLINE, HEADING, STRONG -> new Look(DEFAULT, EnumSet.of(SGR.BOLD));
            case LINK -> new Look(DEFAULT, EnumSet.of(SGR.UNDERLINE));
            default -> new Look(DEFAULT, EnumSet.noneOf(SGR.class));
        };
    }
}
