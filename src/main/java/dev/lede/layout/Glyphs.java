package dev.lede.layout;

import java.util.List;

/**
 * The characters layout draws of its own (bars, bullets, quotation marks, table rules, clip
 * marks): box-drawing and typographic ones, or plain ASCII for terminals without Unicode.
 */
public record Glyphs(String pullQuoteBar, String quoteBar, List<String> bullets, String openQuote,
                     String closeQuote, String dash, String tableSeparator, String tableRule, String tableCross,
                     String leftMark, String rightMark, String separator) {
    public static final Glyphs UNICODE = new Glyphs("┃ ", "│ ", List.of("• ", "◦ ", "▪ "), "“", "”", "—",
            " │ ", "─", "─┼─", "‹", "›", " · ");
    public static final Glyphs ASCII = new Glyphs("| ", "| ", List.of("* ", "- ", "+ "), "\"", "\"", "--",
            " | ", "-", "-+-", "<", ">", " - ");

    public Glyphs {
        bullets = List.copyOf(bullets);
    }

    /** The bullet for a list nested {@code depth} deep (0 outermost). */
    String bullet(int depth) {
        return bullets.get(Math.min(depth, bullets.size() - 1));
    }
}
