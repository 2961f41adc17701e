package dev.lede.tui;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gives the terminal back exactly once, whoever asks first: the reader ending (q, Ctrl-C, an
 * exception on its thread), the shutdown hook (SIGTERM, SIGHUP, SIGINT) or the crash handler
 * (an uncaught exception on any thread, OutOfMemoryError included). Lanterna leaves the
 * alternate screen, shows the cursor and puts the tty's saved settings (echo, cooked mode) back;
 * should it fail half-way, plain reset bytes made in advance are written straight to the output.
 */
final class TerminalRestore implements Runnable {
    /** Colours off, cursor shown, main screen: allocated now, because a crash may leave no memory. */
    static final byte[] PLAIN_RESET = "\u001b[0m\u001b[?25h\u001b[?1049l".getBytes(StandardCharsets.US_ASCII);

    private final AtomicBoolean done = new AtomicBoolean();
    private final Screen screen;
    private final Terminal terminal;
    private final OutputStream out;

    /**
     * @param screen   the screen to stop, or {@code null} when it never started
     * @param terminal the terminal to close (its tty settings are restored on close)
     * @param out      the terminal's output, for the plain fallback
     */
    TerminalRestore(Screen screen, Terminal terminal, OutputStream out) {
        this.screen = screen;
        this.terminal = terminal;
        this.out = out;
    }

    @Override
    public void run() {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        boolean restored = true;
        try {
            if (screen != null) {
                screen.stopScreen();
            }
        } catch (IOException | RuntimeException | Error e) {
            restored = false;
        }
        try {
            terminal.close();
        } catch (IOException | RuntimeException | Error e) {
            restored = false;
        }
        if (!restored) {
            try {
                out.write(PLAIN_RESET);
                out.flush();
            } catch (IOException | RuntimeException e) {
                // the terminal is gone (SIGHUP): nothing is left to restore
            }
        }
    }

    /** Whether the terminal has been given back. */
    boolean done() {
        return done.get();
    }
}
