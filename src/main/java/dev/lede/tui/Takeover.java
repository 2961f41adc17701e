package dev.lede.tui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The terminal taken over on a thread of its own — settings saved, size read, keys one by one
 * without echo — while the first article loads: the process spawns {@code stty} needs then add
 * nothing to the time to first paint. Nothing shows on the terminal yet (no alternate screen),
 * so a page that cannot be had is still reported on a plain terminal once it is given back.
 */
final class Takeover {
    /** How long giving back waits for a takeover still under way (a wedged {@code stty}). */
    static final long GIVE_BACK_WAIT_MILLIS = 2_000;

    private final Thread thread;
    private volatile LedeTerminal terminal;
    private volatile IOException failure;
    private boolean givenBack;

    private Takeover(TerminalDevice device, OutputStream out) {
        thread = new Thread(() -> {
            try {
                terminal = new LedeTerminal(device, out, StandardCharsets.UTF_8);
            } catch (IOException e) {
                failure = e;
            }
        }, "lede-takeover");
        thread.setDaemon(true);
    }

    /** Starts taking over {@code device}, writing to {@code out} (its output, buffered). */
    static Takeover start(TerminalDevice device, OutputStream out) {
        Takeover takeover = new Takeover(device, out);
        takeover.thread.start();
        return takeover;
    }

    /**
     * The terminal, once taken over.
     *
     * @throws IOException when it could not be
     */
    LedeTerminal terminal() throws IOException, InterruptedException {
        thread.join();
        if (failure != null) {
            throw failure;
        }
        return terminal;
    }

    /**
     * Puts the terminal's settings back if the takeover got that far. Safe from any thread, more
     * than once; for the time before a screen exists (after, the screen's restore does it).
     */
    synchronized void giveBack() {
        if (givenBack) {
            return;
        }
        givenBack = true;
        try {
            thread.join(GIVE_BACK_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LedeTerminal taken = terminal;
        if (taken != null) {
            try {
                taken.close();
            } catch (IOException | RuntimeException e) {
                // the terminal is gone: nothing is left to restore
            }
        }
    }
}
