package dev.lede.layout;

import dev.lede.article.Block;
import dev.lede.article.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets body blocks as lines at one width, one blank line between blocks. Nested blocks
 * (inside quotes and list items) are set by a nested typesetter at the inner width and
 * then prefixed.
 */
final class Typesetter {
    static final int PULL_QUOTE_INDENT = 4;

    private final int width;
    private final int depth;
    private final Glyphs glyphs;
    private final List<Line> lines = new ArrayList<>();

    Typesetter(int width) {
        this(width, 0, Glyphs.UNICODE);
    }

    Typesetter(int width, Glyphs glyphs) {
        this(width, 0, glyphs);
    }

    private Typesetter(int width, int depth, Glyphs glyphs) {
        this.width = Math.max(1, width);
        this.depth = depth;
        this.glyphs = glyphs;
    }

    List<Line> lines() {
        return lines;
    }

    static Line blank(Anchor anchor) {
        return new Line(List.of(), anchor, false);
    }

    void block(Block block, int unit) {
        List<Line> set = new ArrayList<>(set(block, unit)); // some kinds set an immutable list
        if (set.isEmpty()) {
            return;
        }
        if (!lines.isEmpty()) {
            boolean afterHeading = lastBlockWasHeading;
            Line gap = blank(lines.get(lines.size() - 1).anchor());
            lines.add(afterHeading ? gap.keptWithPrevious() : gap);
            if (afterHeading) {
                set.set(0, set.get(0).keptWithPrevious());
            }
        }
        lines.addAll(set);
        lastBlockWasHeading = block instanceof Block.Heading;
    }

    private boolean lastBlockWasHeading;

    private List<Line> set(Block block, int unit) {
        if (block instanceof Block.Paragraph p) {
            return paragraph(runs(p.spans(), Role.BODY), unit);
        } else if (block instanceof Block.Heading h) {
            return together(Wrapper.wrap(runs(h.spans(), Role.HEADING), width, null, null, unit));
        } else if (block instanceof Block.PullQuote q) {
            return pullQuote(q, unit);
        } else if (block instanceof Block.Quote q) {
            return nested(q.blocks(), unit, new Run(glyphs.quoteBar(), Role.ORNAMENT),
                    new Run(glyphs.quoteBar(), Role.ORNAMENT));
        } else if (block instanceof Block.ItemList list) {
            return list(list, unit);
        } else if (block instanceof Block.Figure f) {
            return figure(f, unit);
        } else if (block instanceof Block.Preformatted pre) {
            return preformatted(pre.text(), unit);
        } else if (block instanceof Block.Table t) {
            return TableSetter.set(t, width, unit, glyphs);
        } else if (block instanceof Block.Rule) {
            String mark = "* * *";
            int pad = Math.max(0, (width - mark.length()) / 2);
            return List.of(new Line(List.of(new Run(" ".repeat(pad) + mark, Role.ORNAMENT)), new Anchor(unit, 0), false));
        }
        throw new IllegalArgumentException("unknown block " + block);
    }

    static List<Run> runs(List<Span> spans, Role base) {
        List<Run> runs = new ArrayList<>(spans.size());
        for (Span span : spans) {
            runs.add(new Run(span.text(), roleOf(span, base)));
        }
        return runs;
    }

    private static Role roleOf(Span span, Role base) {
        if (base != Role.BODY) {
            return base;
        }
        if (span.isLink()) {
            return Role.LINK;
        }
        if (span.has(Span.Mark.CODE)) {
            return Role.CODE;
        }
        if (span.has(Span.Mark.STRONG)) {
            return Role.STRONG;
        }
        if (span.has(Span.Mark.EMPHASIS)) {
            return Role.EMPHASIS;
        }
        return base;
    }

    /** Paragraph lines, marked so a page break leaves neither a lone first line nor a lone last line. */
    private List<Line> paragraph(List<Run> runs, int unit) {
        List<Line> set = new ArrayList<>(Wrapper.wrap(runs, width, null, null, unit));
        if (set.size() >= 2) {
            set.set(1, set.get(1).keptWithPrevious());
            set.set(set.size() - 1, set.get(set.size() - 1).keptWithPrevious());
        }
        return set;
    }

    /** Lines that must stay on one page: every line after the first keeps with the one above. */
    private static List<Line> together(List<Line> set) {
        List<Line> out = new ArrayList<>(set);
        for (int i = 1; i < out.size(); i++) {
            out.set(i, out.get(i).keptWithPrevious());
        }
        return out;
    }

    private List<Line> pullQuote(Block.PullQuote quote, int unit) {
        // Indented on both sides when there is room; on a narrow screen the bar alone sets it apart.
        String indent = width >= MIN_INNER + 2 * PULL_QUOTE_INDENT + glyphs.pullQuoteBar().length()
                ? " ".repeat(PULL_QUOTE_INDENT) : "";
        Run bar = new Run(indent + glyphs.pullQuoteBar(), Role.ORNAMENT);
        int wrapWidth = width - indent.length();
        List<Line> set = new ArrayList<>(Wrapper.wrap(List.of(new Run(glyphs.openQuote() + quote.text() + glyphs.closeQuote(),
                Role.PULL_QUOTE)),
                wrapWidth, bar, bar, unit));
        if (quote.attribution() != null && !quote.attribution().isBlank()) {
            set.addAll(Wrapper.wrap(List.of(new Run(glyphs.dash() + " " + quote.attribution(), Role.META)), wrapWidth, bar, bar, unit));
        }
        return together(set);
    }

    private static final int MIN_INNER = 8;

    /** Blocks set at a narrower width inside a prefix (block quotes, list items). */
    private List<Line> nested(List<Block> blocks, int unit, Run firstPrefix, Run restPrefix) {
        int prefixWidth = Math.max(TextWidth.of(firstPrefix.text()), TextWidth.of(restPrefix.text()));
        if (prefixWidth >= width) {
            // Too narrow to indent at all: set the blocks flush rather than overflow the line.
            Typesetter flush = new Typesetter(width, depth + 1, glyphs);
            for (Block block : blocks) {
                flush.block(block, unit);
            }
            return renumber(flush.lines());
        }
        Typesetter inner = new Typesetter(width - prefixWidth, depth + 1, glyphs);
        for (Block block : blocks) {
            inner.block(block, unit);
        }
        List<Line> out = new ArrayList<>();
        List<Line> innerLines = renumber(inner.lines());
        for (int i = 0; i < innerLines.size(); i++) {
            out.add(innerLines.get(i).withPrefix(i == 0 ? firstPrefix : restPrefix));
        }
        return out;
    }

    /**
     * Nested blocks restart their character offsets; make them increase through the unit so
     * anchors stay ordered.
     */
    private static List<Line> renumber(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        int base = 0;
        int previous = -1;
        int lastOut = 0;
        for (Line line : lines) {
            int offset = line.anchor().offset();
            if (offset < previous) {
                base = lastOut + 1;
            }
            previous = offset;
            int shifted = base + offset;
            lastOut = Math.max(lastOut, shifted);
            out.add(line.at(new Anchor(line.anchor().unit(), shifted)));
        }
        return out;
    }

    private List<Line> list(Block.ItemList list, int unit) {
        List<Line> out = new ArrayList<>();
        int number = list.start();
        int markerWidth = list.ordered() ? String.valueOf(list.start() + list.items().size() - 1).length() + 2 : 2;
        for (List<Block> item : list.items()) {
            String marker = list.ordered()
                    ? padLeft(number++ + ". ", markerWidth)
                    : glyphs.bullet(depth);
            List<Line> set = nested(item, unit, new Run(marker, Role.LIST_MARKER),
                    new Run(" ".repeat(TextWidth.of(marker)), Role.LIST_MARKER));
            out.addAll(set);
        }
        return renumber(out);
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private List<Line> figure(Block.Figure figure, int unit) {
        String label = figure.alt() == null ? "[image]" : "[image: " + figure.alt() + "]";
        List<Line> set = new ArrayList<>(Wrapper.wrap(List.of(new Run(label, Role.FIGURE)), width, null, null, unit));
        if (figure.caption() != null) {
            set.addAll(Wrapper.wrap(List.of(new Run(figure.caption(), Role.CAPTION)), width, null, null, unit));
        }
        return together(set);
    }

    /**
     * Preformatted lines are never re-wrapped: a line too wide is shown clipped with a mark and
     * keeps its full text, so a reader can scroll it sideways ({@link Layout#scrolled}).
     */
    private List<Line> preformatted(String text, int unit) {
        List<Line> out = new ArrayList<>();
        int offset = 0;
        for (String raw : text.split("\n", -1)) {
            String line = expandTabs(raw);
            String overflow = null;
            if (TextWidth.of(line) > width) {
                overflow = line;
                line = Clip.toWidth(line, width - 1) + glyphs.rightMark();
            }
            List<Run> runs = line.isEmpty() ? List.of() : List.of(new Run(line, Role.CODE));
            out.add(new Line(runs, new Anchor(unit, offset), !out.isEmpty(), overflow));
            offset += raw.length() + 1;
        }
        return out;
    }

    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                do {
                    out.append(' ');
                } while (out.length() % 8 != 0);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
