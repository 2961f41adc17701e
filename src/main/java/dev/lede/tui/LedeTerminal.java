package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal;
import dev.lede.article.TerminalText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal, asking the tty driver for the size ({@code stty size}) instead of
 * sending a cursor-position query and waiting for the answer: no round trip over SSH, no
 * stray reply on screen, and output can be buffered so one refresh is one write.
 *
 * <p>Taking the terminal over costs one process, not six: Lanterna runs {@code stty} once to
 * save the settings, four times to change them and once more for the size, each a process
 * spawn of 10-20 ms on the critical path to first paint. Here one shell does all of it.
 */
final class LedeTerminal extends UnixLikeTTYTerminal implements FrugalScreen.LineEraser {
    static final TerminalSize FALLBACK_SIZE = new TerminalSize(80, 24);

    /**
     * Saves the settings, reports the size, then sets what a full-screen reader needs: keys one
     * by one, unechoed, Ctrl-C as a key. Lanterna joins the output's lines, hence the bars.
     */
    private static final String TAKE_OVER =
            "stty -g && echo '|' && stty size && echo '|' && stty -icanon min 1 -echo intr undef && echo ok";

    private static final byte[] ERASE_TO_END_OF_LINE = {0x1b, '[', 'K'};

    // Set during the superclass constructor (which calls saveTerminalSettings), so no initialisers.
    private String savedSettings;
    private TerminalSize sizeAtStart;
    private boolean takenOver;

    /** How long handing the terminal over waits for the key thread to stop reading. */
    static final long PARK_WAIT_MILLIS = 1_000;

    private PausableInput input;
    private java.io.File tty;
    /** Whether the alternate screen has been left for a program the terminal is lent to. */
    private boolean lent;

    /** Takes {@code device} over, writing to {@code out} (its output, buffered). */
    LedeTerminal(TerminalDevice device, OutputStream out, Charset charset) throws IOException {
        this(device, new PausableInput(device.readsTty() ? device.tty() : null, device.in()), out, charset);
    }

    private LedeTerminal(TerminalDevice device, PausableInput input, OutputStream out, Charset charset)
            throws IOException {
        super(device.tty(), input, out, charset, CtrlCBehaviour.TRAP);
        this.input = input;
        this.tty = device.tty();
    }

    /** The terminal device, for a program the terminal is handed to. */
    java.io.File tty() {
        return tty;
    }

    /**
     * Steps aside for another program: the key thread stops reading, the main screen comes back
     * with the cursor, and the tty gets the settings it had before lede (echo, lines, Ctrl-C).
     */
    void handOver() throws IOException, InterruptedException {
        input.pause();
        input.awaitParked(PARK_WAIT_MILLIS);
        exitPrivateMode();
        lent = true;
        flush();
        restoreTerminalSettings();
    }

    /**
     * Takes the terminal back after {@link #handOver}, however far that got: keys one by one
     * unechoed, the alternate screen, keys read again (whatever else fails).
     */
    void takeBack() throws IOException {
        try {
            runSTTYCommand("-icanon", "min", "1", "-echo", "intr", "undef");
            if (lent) {
                enterPrivateMode();
                lent = false;
            }
        } finally {
            input.resume();
        }
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
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!TerminalText.isUnsafe(cp)) {
                printable.appendCodePoint(cp);
            }
        }
        return printable.toString().getBytes(charset);
    }

    /**
     * Lanterna reaches the window-change signal through a reflective proxy, which costs more
     * than anything else in taking the terminal over; the JDK's signal API directly does the same.
     */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) {
        sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), signal -> onResize.run());
    }

    @Override
    public void eraseToEndOfLine() throws IOException {
        writeToTerminal(ERASE_TO_END_OF_LINE);
    }

    @Override
    protected void saveTerminalSettings() throws IOException {
        String[] answers = exec("/bin/sh", "-c", TAKE_OVER).split("\\|");
        if (!answers[0].isBlank()) {
            savedSettings = answers[0].trim();
        }
        if (savedSettings != null && answers.length == 3 && answers[2].trim().equals("ok")) {
            sizeAtStart = parseSize(answers[1]);
            takenOver = true;
        } else if (savedSettings == null) {
            super.saveTerminalSettings(); // the shell did not cooperate: Lanterna's own way from here on
        }
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (savedSettings != null) {
            runSTTYCommand(savedSettings); // the saved settings include intr: nothing more to undo
        } else {
            super.restoreTerminalSettings();
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (!takenOver) {
            super.canonicalMode(enabled);
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (!takenOver) {
            super.keyEchoEnabled(enabled);
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (!takenOver) {
            super.keyStrokeSignalsEnabled(enabled);
        }
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
        TerminalSize known = sizeAtStart;
        if (known != null) {
            sizeAtStart = null; // later calls come from a resize signal: ask again
            return known;
        }
        try {
            TerminalSize size = parseSize(runSTTYCommand("size"));
            return size != null ? size : FALLBACK_SIZE;
        } catch (IOException e) {
            return FALLBACK_SIZE;
        }
    }

    /** {@code stty size}'s answer ("rows columns"), or {@code null} when it is not one. */
    private static TerminalSize parseSize(String answer) {
        String[] parts = answer.trim().split("\\s+");
        if (parts.length == 2) {
            try {
                int rows = Integer.parseInt(parts[0]);
                int columns = Integer.parseInt(parts[1]);
                if (rows > 0 && columns > 0) {
                    return new TerminalSize(columns, rows);
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
