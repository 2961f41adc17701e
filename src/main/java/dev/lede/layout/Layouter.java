package dev.lede.layout;

import dev.lede.article.Article;
import dev.lede.article.Block;
import java.util.ArrayList;
import java.util.List;

/** Lays an article out at a given width: the single entry point of this package. */
public final class Layouter {
    /** The default text measure, in columns: a comfortable line for reading. */
    public static final int DEFAULT_MEASURE = 72;
    /** Narrower than this, nothing sensible fits; layouts are clamped to it. */
    public static final int MIN_WIDTH = 10;

    /** Anchor units before the body's blocks: headline, standfirst, byline line. */
    static final int HEADLINE_UNIT = 0;
    static final int STANDFIRST_UNIT = 1;
    static final int META_UNIT = 2;
    static final int FIRST_BODY_UNIT = 3;

    private Layouter() {
    }

    /**
     * Lays {@code article} out at {@code width} columns.
     *
     * @return the layout; no line is wider than {@code max(width, MIN_WIDTH)}
     */
    public static Layout layout(Article article, int width) {
        return layout(article, width, LayoutOptions.DEFAULT);
    }

    /**
     * Lays {@code article} out at {@code width} columns with {@code options}.
     *
     * @return the layout; no line is wider than {@code max(width, MIN_WIDTH)}
     */
    public static Layout layout(Article article, int width, LayoutOptions options) {
        int w = Math.max(MIN_WIDTH, width);
        if (options.glyphs().equals(Glyphs.ASCII)) {
            article = AsciiPunctuation.article(article); // the page's own quotes, dashes and ellipses too
        }
        List<Line> lines = new ArrayList<>();
        header(article, w, lines, options.glyphs());
        Typesetter body = new Typesetter(w, options.glyphs());
        List<Block> blocks = PullQuotePlacement.placed(options.numberLinks() ? LinkNotes.numbered(article) : article.body());
        for (int i = 0; i < blocks.size(); i++) {
            body.block(blocks.get(i), FIRST_BODY_UNIT + i);
        }
        if (!lines.isEmpty() && !body.lines().isEmpty()) {
            lines.add(Typesetter.blank(lines.get(lines.size() - 1).anchor()));
        }
        lines.addAll(body.lines());
        return new Layout(lines, w, options.glyphs());
    }

    private static void header(Article article, int width, List<Line> lines, Glyphs glyphs) {
        if (!article.title().isBlank()) {
            lines.addAll(Wrapper.wrap(List.of(new Run(article.title(), Role.HEADLINE)), width, null, null,
                    HEADLINE_UNIT));
        }
        String standfirst = article.standfirst();
        if (standfirst != null && !standfirst.isBlank() && !repeatsOpening(article, standfirst)) {
            separate(lines);
            lines.addAll(Wrapper.wrap(List.of(new Run(standfirst, Role.STANDFIRST)), width, null, null,
                    STANDFIRST_UNIT));
        }
        String meta = MetaLine.broken(article, glyphs.separator(), width);
        if (!meta.isEmpty()) {
            separate(lines);
            lines.addAll(Wrapper.wrap(List.of(new Run(meta, Role.META)), width, null, null, META_UNIT));
        }
    }

    private static void separate(List<Line> lines) {
        if (!lines.isEmpty()) {
            lines.add(Typesetter.blank(lines.get(lines.size() - 1).anchor()));
        }
    }

    /** Pages often use their first paragraph as the description; showing it twice reads badly. */
    private static boolean repeatsOpening(Article article, String standfirst) {
        for (Block block : article.body()) {
            if (block instanceof Block.Paragraph p) {
                String first = squash(Block.textOf(p.spans()));
                String sf = squash(standfirst);
                return !sf.isEmpty() && first.startsWith(sf.endsWith("...") || sf.endsWith("…")
                        ? sf.replaceAll("[.…]+$", "") : sf);
            }
        }
        return false;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
