package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A fixed-size terminal whose output goes to a byte array: what a reader would send down the
 * wire, countable.
 */
final class ByteCountingTerminal extends StreamTerminal {
    private final ByteArrayOutputStream wire;

    ByteCountingTerminal(int columns, int rows) {
        this(new ByteArrayOutputStream(), new TerminalSize(columns, rows));
    }

    private ByteCountingTerminal(ByteArrayOutputStream wire, TerminalSize size) {
        super(new ByteArrayInputStream(new byte[0]), wire, size);
        this.wire = wire;
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
