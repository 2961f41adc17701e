package dev.lede.reader;

import java.util.function.Consumer;

/**
 * Carries out every {@link Effect} that {@link Update} asks for, in one place, and posts what
 * comes of them back as messages. The event loop that holds it only chooses when: a prefetch
 * waits until the frame is out.
 */
public interface Effects extends AutoCloseable {
    /** Carries out {@code effect}, or starts it and answers later through the inbox. */
    void run(Effect effect);

    /** Stops whatever is still running; nothing is posted afterwards. */
    @Override
    void close();

    /** Makes the effects for one run of the reader, once the terminal it runs at exists. */
    @FunctionalInterface
    interface Starter {
        /**
         * @param inbox     where results go, from any thread
         * @param clipboard puts a text on the clipboard of the terminal the reader sits at; call
         *                  on the loop's thread (between frames)
         * @param lender    hands the terminal to a program that draws in it (a terminal browser);
         *                  call on the loop's thread
         */
        Effects start(Consumer<Msg> inbox, Consumer<String> clipboard, TerminalLender lender);
    }
}
