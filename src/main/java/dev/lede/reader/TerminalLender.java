package dev.lede.reader;

import java.io.IOException;

/**
 * Hands the reader's terminal to a program that draws in it (a terminal browser) and takes it
 * back when the program ends: the full-screen reader steps aside, the terminal's own settings
 * come back, the program runs in the foreground with the terminal as its input and output, and
 * afterwards the reader's screen is drawn again. Called on the thread that draws the screen.
 */
public interface TerminalLender {
    /** No terminal to lend (tests, a stand-in terminal): a program that needs one cannot run. */
    TerminalLender NONE = program -> {
        throw new IOException("no terminal to hand over");
    };

    /**
     * Starts {@code program} (its input and output set here to the terminal) and waits for it.
     *
     * @return its exit status
     * @throws IOException when it cannot be started or the terminal cannot be lent
     */
    int lend(ProcessBuilder program) throws IOException, InterruptedException;
}
