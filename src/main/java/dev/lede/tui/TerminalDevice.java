package dev.lede.tui;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where the full-screen reader runs: the process's own terminal, or a stand-in that goes through
 * every step of taking a terminal over, the {@code stty} process included, without touching one.
 *
 * <p>The stand-in is for {@code dev.lede.launch.Rehearsal}, the run the launcher records its
 * class-data archive from. An archive holds only the classes and lambdas a rehearsal used: a
 * start-up step the rehearsal skips is loaded from the jar, and costs its time, on every start.
 */
public final class TerminalDevice {
    private final File tty;
    private final InputStream in;
    private final OutputStream out;
    private final boolean askConsole;
    private final boolean present;
    private final boolean readsTty;

    private TerminalDevice(File tty, InputStream in, OutputStream out, boolean askConsole) {
        this(tty, in, out, askConsole, true, true);
    }

    private TerminalDevice(File tty, InputStream in, OutputStream out, boolean askConsole, boolean present,
                           boolean readsTty) {
        this.readsTty = readsTty;
        this.tty = tty;
        this.in = in;
        this.out = out;
        this.askConsole = askConsole;
        this.present = present;
    }

    /** No terminal at all: for a command line that can only print (picocli's generators, tests). */
    public static TerminalDevice none() {
        return new TerminalDevice(new File("/dev/null"), InputStream.nullInputStream(), OutputStream.nullOutputStream(),
                false, false, false);
    }

    /** The process's controlling terminal, read from standard input and written to standard output. */
    public static TerminalDevice process() {
        return new TerminalDevice(new File("/dev/tty"), new FileInputStream(FileDescriptor.in),
                new FileOutputStream(FileDescriptor.out), true);
    }

    /**
     * The terminal at {@code tty} (such as {@code /dev/pts/3}), opened by path: for a
     * {@code dev.lede.launch.Spare}, a process started ahead of time for a terminal it does not have.
     */
    public static TerminalDevice at(File tty) throws IOException {
        FileInputStream in = new FileInputStream(tty);
        try {
            return new TerminalDevice(tty, in, new FileOutputStream(tty, true), false);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /**
     * A terminal that reads {@code keys} and writes to {@code out}. Its {@code stty} runs on
     * {@code /dev/null}, where it changes nothing and reads no size: the reader takes 80x24.
     */
    public static TerminalDevice standIn(InputStream keys, OutputStream out) {
        return new TerminalDevice(new File("/dev/null"), keys, out, false, true, false);
    }

    /**
     * Whether a person is at it: for the process's terminal, whether Java sees a console
     * (standard input and output are a terminal); a terminal opened by path always is, {@link #none()} never.
     */
    public boolean interactive() {
        return present && (!askConsole || System.console() != null);
    }

    /** Whether keys come from the terminal device itself (which can then be read through a channel of its own). */
    boolean readsTty() {
        return readsTty;
    }

    File tty() {
        return tty;
    }

    InputStream in() {
        return in;
    }

    OutputStream out() {
        return out;
    }
}
