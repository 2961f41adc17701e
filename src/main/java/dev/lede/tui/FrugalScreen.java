package dev.lede.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.Scrollable;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.EnumSet;

/**
 * Lanterna's {@link TerminalScreen} with a refresh that writes few bytes, for reading over SSH.
 * Lanterna's own delta refresh jumps the cursor over every unchanged cell, so a freshly
 * scrolled-in line costs a cursor move per word; here short unchanged runs are written
 * instead, the end of a row that became blank is erased with one code, colours and attributes
 * are sent only when they change, the cursor's visibility only when it changes, and a refresh
 * that changes nothing writes nothing. Line scrolls ({@link #scrollLines}) become a terminal
 * scroll region, so only the exposed lines are drawn. A full redraw (after start, resize or
 * {@link #clear()}) is still Lanterna's.
 */
final class FrugalScreen extends TerminalScreen {
    /**
     * Unchanged plain cells up to this many are rewritten rather than jumped over: a cursor
     * move costs 6-8 bytes, a plain cell one.
     */
    static final int REWRITE_GAP = 6;

    private static final TextCharacter BLANK = TextCharacter.fromCharacter(' ')[0];

    /** A scroll of rows {@code first..last} by {@code distance} (positive: text moves up) waiting for the next refresh. */
    private record Scroll(int first, int last, int distance) {
    }

    private final Terminal terminal;
    private boolean fullRedraw = true;
    private Scroll pendingScroll;
    private boolean scrollsClash;
    private Boolean cursorShown;
    private TerminalPosition cursorAt;

    // The pen: where the terminal's cursor is and how it draws, while a refresh runs.
    private int penColumn;
    private int penRow;
    private TextColor penForeground;
    private TextColor penBackground;
    private EnumSet<SGR> penModifiers;

    FrugalScreen(Terminal terminal) throws IOException {
        super(terminal);
        this.terminal = terminal;
    }

    @Override
    public synchronized void startScreen() throws IOException {
        super.startScreen();
        fullRedraw = true;
        cursorShown = getCursorPosition() != null;
    }

    @Override
    public synchronized TerminalSize doResizeIfNecessary() {
        TerminalSize newSize = super.doResizeIfNecessary();
        if (newSize != null) {
            fullRedraw = true;
        }
        return newSize;
    }

    @Override
    public synchronized void clear() {
        super.clear();
        fullRedraw = true;
    }

    @Override
    public synchronized void scrollLines(int firstLine, int lastLine, int distance) {
        super.scrollLines(firstLine, lastLine, distance); // moves the back buffer
        if (distance == 0) {
            return;
        }
        if (pendingScroll == null) {
            pendingScroll = new Scroll(firstLine, lastLine, distance);
        } else if (pendingScroll.first() == firstLine && pendingScroll.last() == lastLine) {
            pendingScroll = new Scroll(firstLine, lastLine, pendingScroll.distance() + distance);
        } else {
            scrollsClash = true; // two regions in one frame: draw the difference instead
        }
    }

    @Override
    public synchronized void refresh(RefreshType refreshType) throws IOException {
        Scroll scroll = scrollsClash ? null : pendingScroll;
        pendingScroll = null;
        scrollsClash = false;
        if (fullRedraw || refreshType == RefreshType.COMPLETE) {
            fullRedraw = false;
            super.refresh(RefreshType.COMPLETE);
            cursorShown = getCursorPosition() != null;
            cursorAt = getCursorPosition();
            return;
        }
        boolean wrote = false;
        if (scroll != null && scroll.distance() != 0 && terminal instanceof Scrollable scrollable
                && Math.abs(scroll.distance()) <= scroll.last() - scroll.first()) {
            scrollable.scrollLines(scroll.first(), scroll.last(), scroll.distance());
            getFrontBuffer().scrollLines(scroll.first(), scroll.last(), scroll.distance());
            wrote = true;
        }
        penColumn = -1;
        penRow = -1;
        penModifiers = null;
        wrote |= drawDifferences();
        getBackBuffer().copyTo(getFrontBuffer());
        wrote |= placeCursor(wrote);
        if (wrote) {
            terminal.flush();
        }
    }

    /** Writes the cells that differ between what is on the terminal and what should be; whether anything was written. */
    private boolean drawDifferences() throws IOException {
        ScreenBuffer back = getBackBuffer();
        ScreenBuffer front = getFrontBuffer();
        TerminalSize size = back.getSize();
        boolean wrote = false;
        for (int row = 0; row < size.getRows(); row++) {
            boolean redrawNext = false;
            for (int column = 0; column < size.getColumns(); ) {
                TextCharacter wanted = back.getCharacterAt(column, row);
                TextCharacter shown = front.getCharacterAt(column, row);
                int width = wanted.isDoubleWidth() ? 2 : 1;
                if (wanted.equals(shown) && !redrawNext) {
                    column += width;
                    continue;
                }
                if (isBlankFrom(back, row, column)) {
                    moveTo(column, row, back);
                    style(BLANK);
                    eraseToEndOfLine(size.getColumns() - column);
                    wrote = true;
                    break;
                }
                moveTo(column, row, back);
                put(wanted);
                wrote = true;
                // A wide character shown here covered the next cell too; what replaces it may not.
                redrawNext = shown.isDoubleWidth() && !wanted.isDoubleWidth();
                column += width;
            }
        }
        return wrote;
    }

    private static boolean isBlankFrom(ScreenBuffer buffer, int row, int column) {
        int columns = buffer.getSize().getColumns();
        for (int c = column; c < columns; c++) {
            if (!BLANK.equals(buffer.getCharacterAt(c, row))) {
                return false;
            }
        }
        return true;
    }

    /** Puts the pen at {@code column, row}: by rewriting a short run of plain cells on the same row, else by a cursor move. */
    private void moveTo(int column, int row, ScreenBuffer back) throws IOException {
        if (penRow == row && penColumn == column) {
            return;
        }
        if (penRow == row && penColumn < column && column - penColumn <= REWRITE_GAP
                && canRewrite(back, row, penColumn, column)) {
            for (int c = penColumn; c < column; c++) {
                terminal.putCharacter(back.getCharacterAt(c, row).getCharacterString().charAt(0));
            }
            penColumn = column;
            return;
        }
        terminal.setCursorPosition(column, row);
        penColumn = column;
        penRow = row;
    }

    /** Whether cells {@code [from, to)} are single ASCII characters drawn the way the pen draws now. */
    private boolean canRewrite(ScreenBuffer back, int row, int from, int to) {
        if (penModifiers == null) {
            return false;
        }
        for (int c = from; c < to; c++) {
            TextCharacter cell = back.getCharacterAt(c, row);
            String text = cell.getCharacterString();
            if (text.length() != 1 || text.charAt(0) < ' ' || text.charAt(0) > '~' || !drawsLikePen(cell)) {
                return false;
            }
        }
        return true;
    }

    private boolean drawsLikePen(TextCharacter cell) {
        return cell.getForegroundColor().equals(penForeground) && cell.getBackgroundColor().equals(penBackground)
                && cell.getModifiers().equals(penModifiers);
    }

    private void put(TextCharacter cell) throws IOException {
        style(cell);
        terminal.putString(cell.getCharacterString());
        penColumn += cell.isDoubleWidth() ? 2 : 1;
    }

    /** Sends only the colour and attribute changes between the pen and {@code cell}. */
    private void style(TextCharacter cell) throws IOException {
        if (penModifiers == null) {
            terminal.resetColorAndSGR(); // the first cell of a refresh: start from a known state
            penForeground = TextColor.ANSI.DEFAULT;
            penBackground = TextColor.ANSI.DEFAULT;
            penModifiers = EnumSet.noneOf(SGR.class);
        }
        if (!cell.getForegroundColor().equals(penForeground)) {
            terminal.setForegroundColor(cell.getForegroundColor());
            penForeground = cell.getForegroundColor();
        }
        if (!cell.getBackgroundColor().equals(penBackground)) {
            terminal.setBackgroundColor(cell.getBackgroundColor());
            penBackground = cell.getBackgroundColor();
        }
        for (SGR sgr : SGR.values()) {
            boolean wanted = cell.getModifiers().contains(sgr);
            if (wanted && !penModifiers.contains(sgr)) {
                terminal.enableSGR(sgr);
                penModifiers.add(sgr);
            } else if (!wanted && penModifiers.contains(sgr)) {
                terminal.disableSGR(sgr);
                penModifiers.remove(sgr);
            }
        }
    }

    private void eraseToEndOfLine(int cells) throws IOException {
        if (terminal instanceof LineEraser eraser) {
            eraser.eraseToEndOfLine();
        } else {
            for (int i = 0; i < cells; i++) {
                terminal.putCharacter(' ');
            }
            penColumn += cells;
        }
    }

    /** Shows the cursor where the screen wants it, or hides it; sends nothing that is already so. */
    private boolean placeCursor(boolean moved) throws IOException {
        TerminalPosition position = getCursorPosition();
        boolean show = position != null;
        boolean wrote = false;
        if (cursorShown == null || cursorShown != show) {
            terminal.setCursorVisible(show);
            cursorShown = show;
            wrote = true;
        }
        if (show && (moved || wrote || !position.equals(cursorAt))) {
            terminal.setCursorPosition(position.getColumn(), position.getRow());
            wrote = true;
        }
        cursorAt = position;
        return wrote;
    }

    /** A terminal that can erase from the cursor to the end of the line in one code. */
    interface LineEraser {
        void eraseToEndOfLine() throws IOException;
    }
}
