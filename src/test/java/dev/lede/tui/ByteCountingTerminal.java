package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An ANSI terminal of a fixed size whose output goes to a byte array: what a reader would send
 * down the wire, countable. Never asks the terminal anything (no size query to wait on).
 */
final class ByteCountingTerminal extends ANSITerminal implements FrugalScreen.LineEraser {
    private final ByteArrayOutputStream wire;
    private final TerminalSize size;

    ByteCountingTerminal(int columns, int rows) {
        this(new ByteArrayOutputStream(), new TerminalSize(columns, rows));
    }

    private ByteCountingTerminal(ByteArrayOutputStream wire, TerminalSize size) {
        super(new ByteArrayInputStream(new byte[0]), wire, StandardCharsets.UTF_8);
        this.wire = wire;
        this.size = size;
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    @Override
    public void eraseToEndOfLine() throws IOException {
        writeToTerminal((byte) 0x1b, (byte) '[', (byte) 'K');
    }

    /** Bytes written since the last call. */
    int takeCount() {
        int count = wire.size();
        wire.reset();
        return count;
    }

    /** What was written since the last call, as text. */
    String take() {
        String text = wire.toString(StandardCharsets.UTF_8);
        wire.reset();
        return text;
    }
}
