package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The terminal is given back once, whoever asks, and even when Lanterna cannot do it. */
class TerminalRestoreTest {
    private static final String LEAVE_ALTERNATE_SCREEN = "\u001b[?1049l";
    private static final String SHOW_CURSOR = "\u001b[?25h";

    private static ANSITerminal terminal(OutputStream out) {
        return new ANSITerminal(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return new TerminalSize(40, 10);
            }
        };
    }

    @Test
    void restore_askedFromManyThreads_givesTheTerminalBackOnce() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ANSITerminal terminal = terminal(bytes);
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null); // the reader hides the cursor
        screen.refresh();
        TerminalRestore restore = new TerminalRestore(screen, terminal, bytes);
        List<Thread> askers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            askers.add(new Thread(restore)); // the reader, the shutdown hook, the crash handler...
        }
        askers.forEach(Thread::start);
        for (Thread asker : askers) {
            asker.join();
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        String after = out.substring(out.lastIndexOf("\u001b[?25l") + 1);
        assertEquals(1, count(out, LEAVE_ALTERNATE_SCREEN), "main screen restored once");
        assertTrue(after.contains(SHOW_CURSOR), "cursor shown after it was hidden");
        assertTrue(restore.done());
    }

    @Test
    void restore_whenLanternaCannotClose_writesThePlainReset() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ANSITerminal failing = new ANSITerminal(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8) {
            @Override
            public void close() throws IOException {
                throw new IOException("stty failed");
            }
        };
        TerminalRestore restore = new TerminalRestore(null, failing, out);
        restore.run();
        restore.run();
        assertEquals("\u001b[0m" + SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN, out.toString(StandardCharsets.US_ASCII),
                "colours off, cursor shown, main screen; once");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
