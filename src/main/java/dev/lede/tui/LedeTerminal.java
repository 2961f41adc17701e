package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal;
import dev.lede.article.TerminalText;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal, asking the tty driver for the size ({@code stty size}) instead of
 * sending a cursor-position query and waiting for the answer: no round trip over SSH, no
 * stray reply on screen, and output can be buffered so one refresh is one write.
 */
final class LedeTerminal extends UnixLikeTTYTerminal {
    static final TerminalSize FALLBACK_SIZE = new TerminalSize(80, 24);

    LedeTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(new File("/dev/tty"), in, out, charset, CtrlCBehaviour.TRAP);
    }

    /**
     * Writes one screen cell. Lanterna 3.1.3 encodes a string one {@code char} at a time and
     * writes its encoder's whole buffer: a NUL byte follows every non-ASCII character, and each
     * half of a character outside the BMP (most emoji) goes out as {@code ?}. The screen hands
     * over each cell as one string, so encode it whole.
     */
    @Override
    public void putString(String text) throws IOException {
        writeToTerminal(cellBytes(text, getCharset()));
    }

    /** {@code text} encoded exactly, without terminal controls (the last check before the tty). */
    static byte[] cellBytes(String text, Charset charset) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !TerminalText.isUnsafe(cp)).forEach(printable::appendCodePoint);
        return printable.toString().getBytes(charset);
    }

    /** Writes bytes Lanterna has no call for (OSC 52) straight to the terminal, and sends them. */
    void writeRaw(byte[] bytes) {
        try {
            writeToTerminal(bytes);
            flush();
        } catch (IOException e) {
            // the clipboard is a nicety; a failed write shows up on the next refresh anyway
        }
    }

    @Override
    protected TerminalSize findTerminalSize() {
        try {
            String[] parts = runSTTYCommand("size").trim().split("\\s+");
            if (parts.length == 2) {
                int rows = Integer.parseInt(parts[0]);
                int columns = Integer.parseInt(parts[1]);
                if (rows > 0 && columns > 0) {
                    return new TerminalSize(columns, rows);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall back below
        }
        return FALLBACK_SIZE;
    }
}
