package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An ANSI terminal of a fixed size over plain streams: keys from one, output to the other, no
 * tty. Never asks the terminal anything, so nothing waits on a size query. The launcher's
 * rehearsal draws on one; tests count the bytes one writes.
 */
class StreamTerminal extends ANSITerminal implements FrugalScreen.LineEraser {
    private static final byte[] ERASE_TO_END_OF_LINE = {0x1b, '[', 'K'};

    private final TerminalSize size;

    StreamTerminal(InputStream keys, OutputStream out, TerminalSize size) {
        super(keys, out, StandardCharsets.UTF_8);
        this.size = size;
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    @Override
    public void eraseToEndOfLine() throws IOException {
        writeToTerminal(ERASE_TO_END_OF_LINE);
    }
}
