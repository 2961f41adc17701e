package dev.lede.tui;

import com.googlecode.lanterna.screen.Screen;
import dev.lede.article.Article;
import dev.lede.layout.Clip;
import dev.lede.layout.MetaLine;
import dev.lede.layout.Role;
import dev.lede.layout.TextWidth;
import dev.lede.reader.Document;
import dev.lede.reader.Focus;
import dev.lede.reader.HelpPage;
import dev.lede.reader.Keymap;
import dev.lede.reader.ReaderState;
import java.util.List;

/**
 * Draws a {@link ReaderState} on a screen: the title bar, the body (the page of text, the
 * related list, or help), and the status bar. Nothing else writes to the screen.
 */
final class View {
    private final Theme theme;
    private final List<HelpPage.Row> helpRows;
    private final TextView text;
    private final RelatedView related;
    private final HelpView help;
    private final StatusBar statusBar;
    private final boolean ascii;
    /** Cells made for earlier frames: the screen's next frame mostly shows the same ones. */
    private final Cells cells = new Cells();

    View(Theme theme, Keymap keymap) {
        this(theme, keymap, false);
    }

    /** @param ascii draw ASCII stand-ins for other glyphs (no UTF-8 locale, or a vt100) */
    View(Theme theme, Keymap keymap, boolean ascii) {
        this.ascii = ascii;
        this.theme = theme;
        this.helpRows = HelpPage.rows(keymap);
        this.text = new TextView(theme);
        this.related = new RelatedView(theme);
        this.help = new HelpView(theme);
        this.statusBar = new StatusBar(theme);
    }

    /** The first row of the text region, under the title bar and its rule. */
    static final int TEXT_TOP = 2;

    /** Rows of the text region for {@code state}'s screen. */
    static int textRows(ReaderState state) {
        return Math.max(0, Math.min(state.textRows(), state.rows() - TEXT_TOP - 2));
    }

    void render(ReaderState state, Screen screen) {
        int columns = state.columns();
        int rows = state.rows();
        Painter painter = new Painter(screen, columns, ascii, cells);
        titleBar(state, painter, columns);
        rule(painter, 1, columns);
        int textTop = TEXT_TOP;
        int textRows = textRows(state);
        Document doc = state.document();
        if (state.focus() == Focus.RELATED && doc != null) {
            related.render(doc.article(), doc.ready(), state.selected(), state.measure(), painter, textTop, textRows,
                    columns);
        } else if (state.focus() == Focus.HELP) {
            help.render(helpRows, state.helpTop(), painter, textTop, textRows, columns);
        } else {
            text.render(doc, state.search(), painter, textTop, textRows, columns);
        }
        if (rows >= ReaderState.CHROME_ROWS) {
            rule(painter, rows - 2, columns);
        }
        screen.setCursorPosition(statusBar.render(state, painter, rows - 1, columns));
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
        painter.put(0, row, theme.rule().repeat(columns), theme.chrome());
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
