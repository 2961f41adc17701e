package dev.lede.tui;

import dev.lede.layout.Layout;
import dev.lede.layout.Line;
import dev.lede.layout.Run;
import dev.lede.reader.Document;
import dev.lede.reader.Search;
import java.util.List;

/** The page of article text, centred, with search hits highlighted. */
final class TextView {
    private final Theme theme;

    TextView(Theme theme) {
        this.theme = theme;
    }

    void render(Document doc, Search search, Painter painter, int top, int rows, int columns) {
        for (int r = 0; r < rows; r++) {
            painter.clear(top + r, 0, columns);
        }
        if (doc == null) {
            return;
        }
        Layout layout = doc.shown();
        int margin = Math.max(0, (columns - layout.width()) / 2);
        int visible = Math.min(rows, doc.pages().visibleLines(doc.top()));
        Search.Hit current = search == null ? null : search.currentHit();
        for (int r = 0; r < visible; r++) {
            int index = doc.top() + r;
            if (index >= layout.size()) {
                break;
            }
            List<Search.Hit> hits = search == null ? List.of() : search.on(index);
            line(painter, margin, top + r, layout.line(index), hits, current);
        }
    }

    /** Draws the runs of a line, cutting them where a hit starts or ends so hits stand out. */
    private void line(Painter painter, int margin, int row, Line line, List<Search.Hit> hits, Search.Hit current) {
        int col = margin;
        int offset = 0;
        for (Run run : line.runs()) {
            String text = run.text();
            Theme.Look look = theme.look(run.role());
            int from = 0;
            while (from < text.length()) {
                int at = offset + from;
                Search.Hit hit = hitAt(hits, at);
                int to;
                Theme.Look segment;
                if (hit != null) {
                    to = Math.min(text.length(), hit.end() - offset);
                    segment = hit.equals(current) ? theme.currentMatch() : theme.match();
                } else {
                    to = Math.min(text.length(), nextStart(hits, at) - offset);
                    segment = look;
                }
                col = painter.put(col, row, text.substring(from, to), segment);
                from = to;
            }
            offset += text.length();
        }
    }

    private static Search.Hit hitAt(List<Search.Hit> hits, int at) {
        for (Search.Hit hit : hits) {
            if (hit.start() <= at && at < hit.end()) {
                return hit;
            }
        }
        return null;
    }

    private static int nextStart(List<Search.Hit> hits, int at) {
        int next = Integer.MAX_VALUE;
        for (Search.Hit hit : hits) {
            if (hit.start() > at) {
                next = Math.min(next, hit.start());
            }
        }
        return next;
    }
}
