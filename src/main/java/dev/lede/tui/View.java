package dev.lede.tui;

import com.googlecode.lanterna.screen.Screen;
import dev.lede.article.Article;
import dev.lede.article.RelatedLink;
import dev.lede.layout.Clip;
import dev.lede.layout.Layout;
import dev.lede.layout.Line;
import dev.lede.layout.MetaLine;
import dev.lede.layout.Role;
import dev.lede.layout.Run;
import dev.lede.layout.TextWidth;
import dev.lede.reader.Document;
import dev.lede.reader.Focus;
import dev.lede.reader.Keymap;
import dev.lede.reader.ReaderState;
import dev.lede.reader.StatusLine;
import java.util.List;

/**
 * Draws a {@link ReaderState} on a screen: the title bar, the page of text (or the related
 * panel, or help), and the status bar. Nothing else writes to the screen.
 */
final class View {
    private final Theme theme;
    private final Keymap keymap;

    View(Theme theme, Keymap keymap) {
        this.theme = theme;
        this.keymap = keymap;
    }

    void render(ReaderState state, Screen screen) {
        int columns = state.columns();
        int rows = state.rows();
        Painter painter = new Painter(screen, columns);
        titleBar(state, painter, columns);
        rule(painter, 1, columns);
        int textTop = 2;
        int textRows = state.textRows();
        if (state.focus() == Focus.RELATED && state.document() != null) {
            relatedPanel(state, painter, textTop, textRows, columns);
        } else if (state.focus() == Focus.HELP) {
            help(painter, textTop, textRows, columns);
        } else {
            text(state, painter, textTop, textRows, columns);
        }
        if (rows >= 4) {
            rule(painter, rows - 2, columns);
        }
        statusBar(state, painter, rows - 1, columns);
    }

    private void titleBar(ReaderState state, Painter painter, int columns) {
        painter.clear(0, 0, columns);
        Document doc = state.document();
        if (doc == null) {
            painter.put(1, 0, "lede", theme.look(Role.HEADLINE));
            return;
        }
        Article article = doc.article();
        String site = article.site() != null ? article.site() : host(doc.target());
        String date = MetaLine.longDate(article.published());
        int right = columns;
        if (date != null && TextWidth.of(date) + TextWidth.of(site) + 4 < columns) {
            right = columns - 1 - TextWidth.of(date);
            painter.put(right, 0, date, theme.chrome());
        }
        painter.put(1, 0, Clip.withEllipsis(site, Math.max(0, right - 3)), theme.look(Role.STRONG));
    }

    private void rule(Painter painter, int row, int columns) {
        painter.put(0, row, "─".repeat(columns), theme.chrome());
    }

    private void text(ReaderState state, Painter painter, int top, int rows, int columns) {
        Document doc = state.document();
        for (int r = 0; r < rows; r++) {
            painter.clear(top + r, 0, columns);
        }
        if (doc == null) {
            return;
        }
        Layout layout = doc.layout();
        int margin = Math.max(0, (columns - layout.width()) / 2);
        int visible = doc.pages().visibleLines(doc.top());
        for (int r = 0; r < visible; r++) {
            int index = doc.top() + r;
            if (index >= layout.size()) {
                break;
            }
            line(painter, margin, top + r, layout.line(index));
        }
    }

    private void line(Painter painter, int margin, int row, Line line) {
        int col = margin;
        for (Run run : line.runs()) {
            col = painter.put(col, row, run.text(), theme.look(run.role()));
        }
    }

    private void relatedPanel(ReaderState state, Painter painter, int top, int rows, int columns) {
        List<RelatedLink> related = state.document().article().related();
        for (int r = 0; r < rows; r++) {
            painter.clear(top + r, 0, columns);
        }
        int width = Math.min(columns - 2, Math.max(state.measure(), 40));
        int margin = Math.max(1, (columns - width) / 2);
        painter.put(margin, top, Clip.withEllipsis("Related articles (" + related.size() + ")", width),
                theme.look(Role.HEADING));
        int listTop = top + 2;
        int listRows = Math.max(1, rows - 2);
        int first = Math.max(0, Math.min(state.selected() - listRows / 2, related.size() - listRows));
        int numberWidth = String.valueOf(related.size()).length();
        for (int r = 0; r < listRows && first + r < related.size(); r++) {
            int index = first + r;
            String number = String.format("%" + numberWidth + "d. ", index + 1);
            String title = Clip.withEllipsis(related.get(index).title(), width - number.length() - 1);
            boolean selected = index == state.selected();
            Theme.Look look = selected ? theme.selection() : theme.look(Role.BODY);
            int col = painter.put(margin, listTop + r, number, selected ? look : theme.look(Role.LIST_MARKER));
            col = painter.put(col, listTop + r, title, look);
            if (selected) {
                painter.put(col, listTop + r, " ".repeat(Math.max(0, margin + width - col)), look);
            }
        }
    }

    private void help(Painter painter, int top, int rows, int columns) {
        for (int r = 0; r < rows; r++) {
            painter.clear(top + r, 0, columns);
        }
        List<Keymap.Binding> bindings = keymap.bindings();
        int keysWidth = 0;
        for (Keymap.Binding binding : bindings) {
            keysWidth = Math.max(keysWidth, TextWidth.of(binding.keysLabel()));
        }
        int margin = Math.max(1, (columns - 60) / 2);
        painter.put(margin, top, "Keys", theme.look(Role.HEADING));
        for (int i = 0; i < bindings.size() && i + 2 < rows; i++) {
            Keymap.Binding binding = bindings.get(i);
            int col = painter.put(margin, top + 2 + i, binding.keysLabel(), theme.look(Role.STRONG));
            painter.put(Math.max(col + 2, margin + keysWidth + 3), top + 2 + i, binding.action().description(),
                    theme.look(Role.BODY));
        }
    }

    private void statusBar(ReaderState state, Painter painter, int row, int columns) {
        painter.clear(row, 0, columns);
        StatusLine status = StatusLine.of(state);
        int rightWidth = TextWidth.of(status.right());
        int rightStart = columns - 1 - rightWidth;
        boolean showRight = rightStart > TextWidth.of(status.left()) + 3 || rightStart > columns / 2;
        int leftRoom = (showRight ? rightStart - 2 : columns - 1) - 1;
        painter.put(1, row, Clip.withEllipsis(status.left(), Math.max(0, leftRoom)),
                state.status() != null ? theme.look(Role.STRONG) : theme.look(Role.BODY));
        if (showRight) {
            painter.put(rightStart, row, status.right(), theme.chrome());
        }
    }

    private static String host(String target) {
        try {
            String host = java.net.URI.create(target).getHost();
            return host != null ? host : target;
        } catch (IllegalArgumentException e) {
            return target;
        }
    }
}
