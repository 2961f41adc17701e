package dev.lede.layout;

import dev.lede.article.Block;
import java.util.ArrayList;
import java.util.List;

/** Tables as a grid when they fit the width, otherwise linearised as "Header: value" lines. */
final class TableSetter {
    private TableSetter() {
    }

    static List<Line> set(Block.Table table, int width, int unit, Glyphs glyphs) {
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], TextWidth.of(row.get(c)));
            }
        }
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        total += Math.max(0, columns - 1) * glyphs.tableSeparator().length();
        return total <= width ? grid(table, widths, unit, glyphs) : linear(table, width, unit);
    }

    private static List<Line> grid(Block.Table table, int[] widths, int unit, Glyphs glyphs) {
        List<Line> out = new ArrayList<>();
        int offset = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            List<Run> runs = new ArrayList<>();
            for (int c = 0; c < widths.length; c++) {
                String cell = c < row.size() ? row.get(c) : "";
                if (c > 0) {
                    runs.add(new Run(glyphs.tableSeparator(), Role.ORNAMENT));
                }
                String padded = cell + " ".repeat(widths[c] - TextWidth.of(cell));
                runs.add(new Run(c == widths.length - 1 ? padded.stripTrailing() : padded,
                        r == 0 && table.header() ? Role.STRONG : Role.TABLE));
            }
            out.add(new Line(runs, new Anchor(unit, offset), !out.isEmpty()));
            offset += rowExtent(table, r);
            if (r == 0 && table.header()) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < widths.length; c++) {
                    if (c > 0) {
                        rule.append(glyphs.tableCross());
                    }
                    rule.append(glyphs.tableRule().repeat(widths[c]));
                }
                out.add(new Line(List.of(new Run(rule.toString(), Role.ORNAMENT)), new Anchor(unit, offset), true));
            }
        }
        return out;
    }

    private static List<Line> linear(Block.Table table, int width, int unit) {
        List<Line> out = new ArrayList<>();
        List<String> header = table.header() ? table.rows().get(0) : List.of();
        int offset = table.header() ? rowExtent(table, 0) : 0;
        for (int r = table.header() ? 1 : 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            if (!out.isEmpty()) {
                out.add(Typesetter.blank(out.get(out.size() - 1).anchor()));
            }
            for (int c = 0; c < row.size(); c++) {
                List<Run> runs = new ArrayList<>();
                String label = label(header, c);
                if (!label.isEmpty()) {
                    runs.add(new Run(label, Role.STRONG));
                }
                runs.add(new Run(row.get(c), Role.TABLE));
                for (Line line : Wrapper.wrap(runs, width, null, null, unit)) {
                    out.add(new Line(line.runs(), new Anchor(unit, offset + line.anchor().offset()), false));
                }
                offset += label.length() + row.get(c).length() + 1;
            }
        }
        return out;
    }

    private static String label(List<String> header, int column) {
        return column < header.size() && !header.get(column).isEmpty() ? header.get(column) + ": " : "";
    }

    /**
     * The anchor offsets row {@code r} takes: its cells as the linearised form shows them
     * ("Header: value"), so grid and linear layouts of one table share their anchors.
     */
    static int rowExtent(Block.Table table, int r) {
        List<String> header = table.header() && r > 0 ? table.rows().get(0) : List.of();
        int extent = 0;
        List<String> row = table.rows().get(r);
        for (int c = 0; c < row.size(); c++) {
            extent += label(header, c).length() + row.get(c).length() + 1;
        }
        return Math.max(1, extent);
    }
}
