package dev.lede.tui;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * The terminal's keys, which the reader's key thread can be made to stop reading while another
 * program has the terminal: otherwise the key thread, blocked in a read, would take that
 * program's keys. A read blocked in the kernel cannot be called off from a stream; it can from a
 * {@link FileChannel}, which an interrupt closes (waking the read), so the tty is read through a
 * channel of its own, opened again when the key thread resumes. A stand-in terminal's keys come
 * from a plain stream and are never paused.
 */
final class PausableInput extends InputStream {
    private final File tty;
    private final InputStream plain;
    private FileChannel channel;
    private Thread reading;
    private boolean paused;
    private boolean parked;

    /**
     * @param tty   the terminal device to read, or {@code null} to read {@code plain}
     * @param plain the keys when there is no terminal device to read
     */
    PausableInput(File tty, InputStream plain) {
        this.tty = tty;
        this.plain = plain;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (tty == null) {
            return plain.read(buffer, offset, length);
        }
        while (true) {
            FileChannel from = awaitResumed();
            try {
                return from.read(ByteBuffer.wrap(buffer, offset, length));
            } catch (ClosedByInterruptException e) {
                Thread.interrupted(); // the channel is closed; a new one is opened on resuming
                synchronized (this) {
                    channel = null;
                    if (!paused) {
                        throw e; // interrupted for another reason: the input ends
                    }
                }
            } finally {
                synchronized (this) {
                    reading = null;
                }
            }
        }
    }

    @Override
    public int available() throws IOException {
        return tty == null ? plain.available() : 0;
    }

    /** Stops the key thread reading: a read under way is called off, the next one waits. */
    synchronized void pause() {
        paused = true;
        if (reading != null) {
            reading.interrupt();
        }
    }

    /**
     * Waits until the key thread has stopped reading, at most {@code millis}.
     *
     * @return whether it has (or reads nothing pausable)
     */
    synchronized boolean awaitParked(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (tty != null && !parked && reading != null) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /** Lets the key thread read again. */
    synchronized void resume() {
        paused = false;
        notifyAll();
    }

    /** Waits while paused, then marks this thread as the one reading and gives it the channel. */
    private synchronized FileChannel awaitResumed() throws IOException {
        while (paused) {
            parked = true;
            notifyAll();
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while the terminal was lent");
            }
        }
        parked = false;
        if (channel == null) {
            channel = FileChannel.open(tty.toPath(), StandardOpenOption.READ);
        }
        reading = Thread.currentThread();
        return channel;
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
        plain.close();
    }
}
