package dev.lede.layout;

import dev.lede.article.Block;
import dev.lede.article.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets body blocks as lines at one width, one blank line between blocks. Nested blocks
 * (inside quotes and list items) are set by a nested typesetter at the inner width and
 * then prefixed. A list inside a list item hangs under the item's text with no blank line, as
 * readers know nested lists from print and from every renderer.
 */
final class Typesetter {
    static final int PULL_QUOTE_INDENT = 4;

    private final int width;
    private final int depth;
    private final Glyphs glyphs;
    /** Whether this typesetter sets the blocks of one list item. */
    private final boolean listItem;
    private final List<Line> lines = new ArrayList<>();

    Typesetter(int width) {
        this(width, 0, Glyphs.UNICODE, false);
    }

    Typesetter(int width, Glyphs glyphs) {
        this(width, 0, glyphs, false);
    }

    private Typesetter(int width, int depth, Glyphs glyphs, boolean listItem) {
        this.width = Math.max(1, width);
        this.depth = depth;
        this.glyphs = glyphs;
        this.listItem = listItem;
    }

    List<Line> lines() {
        return lines;
    }

    static Line blank(Anchor anchor) {
        return new Line(List.of(), anchor, false);
    }

    void block(Block block, int unit) {
        block(block, unit, 0);
    }

    /** Sets {@code block} with its anchors' offsets moved on by {@code base} (its place inside an enclosing block). */
    private void block(Block block, int unit, int base) {
        List<Line> set = new ArrayList<>(shifted(set(block, unit), base)); // some kinds set an immutable list
        if (set.isEmpty()) {
            return;
        }
        if (!lines.isEmpty() && !(listItem && block instanceof Block.ItemList)) {
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
            return nested(q.blocks(), false, unit, new Run(glyphs.quoteBar(), Role.ORNAMENT),
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
            set.addAll(shifted(Wrapper.wrap(List.of(new Run(glyphs.dash() + " " + quote.attribution(), Role.META)),
                    wrapWidth, bar, bar, unit), quote.text().length() + 2));
        }
        return together(set);
    }

    private static final int MIN_INNER = 8;

    /** Blocks set at a narrower width inside a prefix (block quotes, list items: {@code item}). */
    private List<Line> nested(List<Block> blocks, boolean item, int unit, Run firstPrefix, Run restPrefix) {
        int prefixWidth = Math.max(TextWidth.of(firstPrefix.text()), TextWidth.of(restPrefix.text()));
        // Too narrow to indent at all: set the blocks flush rather than overflow the line.
        boolean flush = prefixWidth >= width;
        Typesetter inner = new Typesetter(flush ? width : width - prefixWidth, depth + 1, glyphs, item);
        int base = 0;
        for (Block block : blocks) {
            inner.block(block, unit, base);
            base += extent(block) + 1;
        }
        if (flush) {
            return inner.lines();
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < inner.lines().size(); i++) {
            out.add(inner.lines().get(i).withPrefix(i == 0 ? firstPrefix : restPrefix));
        }
        return out;
    }

    /**
     * Lines with their anchor offsets moved on by {@code base}. Blocks inside quotes and lists
     * share their enclosing block's anchor unit, so each is offset by the text before it: a
     * width-independent amount, which keeps anchors ordered and the same at every width.
     */
    private static List<Line> shifted(List<Line> lines, int base) {
        if (base == 0) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            out.add(line.at(new Anchor(line.anchor().unit(), line.anchor().offset() + base)));
        }
        return out;
    }

    /** The length of a block's text, for offsetting anchors: depends on the text alone, never on the width. */
    static int extent(Block block) {
        if (block instanceof Block.Paragraph p) {
            return Block.textOf(p.spans()).length();
        } else if (block instanceof Block.Heading h) {
            return Block.textOf(h.spans()).length();
        } else if (block instanceof Block.PullQuote q) {
            return q.text().length() + 2 + (q.attribution() == null ? 0 : q.attribution().length() + 3);
        } else if (block instanceof Block.Quote q) {
            return extentOf(q.blocks());
        } else if (block instanceof Block.ItemList list) {
            int total = 0;
            for (List<Block> item : list.items()) {
                total += extentOf(item) + 1;
            }
            return total;
        } else if (block instanceof Block.Figure f) {
            return figureLabel(f).length() + 1 + (f.caption() == null ? 0 : f.caption().length());
        } else if (block instanceof Block.Preformatted pre) {
            return pre.text().length();
        } else if (block instanceof Block.Table t) {
            int total = 0;
            for (int r = 0; r < t.rows().size(); r++) {
                total += TableSetter.rowExtent(t, r);
            }
            return total;
        }
        return 1;
    }

    private static int extentOf(List<Block> blocks) {
        int total = 0;
        for (Block block : blocks) {
            total += extent(block) + 1;
        }
        return total;
    }

    private List<Line> list(Block.ItemList list, int unit) {
        List<Line> out = new ArrayList<>();
        int number = list.start();
        int markerWidth = list.ordered() ? String.valueOf(list.start() + list.items().size() - 1).length() + 2 : 2;
        int base = 0;
        for (List<Block> item : list.items()) {
            String marker = list.ordered()
                    ? padLeft(number++ + ". ", markerWidth)
                    : glyphs.bullet(depth);
            out.addAll(shifted(nested(item, true, unit, new Run(marker, Role.LIST_MARKER),
                    new Run(" ".repeat(TextWidth.of(marker)), Role.LIST_MARKER)), base));
            base += extentOf(item) + 1;
        }
        return out;
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private List<Line> figure(Block.Figure figure, int unit) {
        String label = figureLabel(figure);
        List<Line> set = new ArrayList<>(Wrapper.wrap(List.of(new Run(label, Role.FIGURE)), width, null, null, unit));
        if (figure.caption() != null) {
            set.addAll(shifted(Wrapper.wrap(List.of(new Run(figure.caption(), Role.CAPTION)), width, null, null, unit),
                    label.length() + 1));
        }
        return together(set);
    }

    private static String figureLabel(Block.Figure figure) {
        return figure.alt() == null ? "[image]" : "[image: " + figure.alt() + "]";
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
