package dev.lede.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the reading of a response body in time. The HTTP client's own timeout ends when the
 * headers arrive; a server that then trickles or stalls would hold the reader forever. The
 * guard closes the body when no byte has come for the idle limit or the page's deadline has
 * passed, which makes the blocked read fail; {@link #reason()} then says why.
 */
final class ReadGuard implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lede-read-guard");
        thread.setDaemon(true);
        return thread;
    });

    private final InputStream body;
    private final long idleNanos;
    private final long deadlineNanos;
    private final String totalLimit;
    private final ScheduledFuture<?> check;
    private volatile long lastProgress;
    private volatile String reason;

    /**
     * @param body     the raw body stream; closed by the guard when a limit is passed
     * @param idle     how long the server may stay silent
     * @param deadline {@link System#nanoTime()} by which the whole page must be read
     * @param total    the total limit, as the user set it, for the message
     */
    ReadGuard(InputStream body, Duration idle, long deadlineNanos, Duration total) {
        this.body = body;
        this.idleNanos = idle.toNanos();
        this.deadlineNanos = deadlineNanos;
        this.totalLimit = seconds(total);
        this.lastProgress = System.nanoTime();
        long period = Math.max(10, Math.min(500, idle.toMillis() / 10));
        this.check = TIMER.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    /** The body, counting each read that brings bytes as progress. */
    InputStream stream() {
        return new FilterInputStream(body) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                lastProgress = System.nanoTime();
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                lastProgress = System.nanoTime();
                return n;
            }
        };
    }

    /** Why the body was cut off, or {@code null} when it was not. */
    String reason() {
        return reason;
    }

    private void check() {
        long now = System.nanoTime();
        if (now - deadlineNanos >= 0) {
            trip("timed out after " + totalLimit);
        } else if (now - lastProgress >= idleNanos) {
            trip("timed out: no data for " + seconds(Duration.ofNanos(idleNanos)));
        }
    }

    private void trip(String why) {
        reason = why;
        check.cancel(false);
        // Closed off the timer thread: one close that blocks must not hold up every other guard.
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                body.close();
            } catch (IOException ignored) {
                // The reader fails on its next read either way.
            }
        });
    }

    @Override
    public void close() {
        check.cancel(false);
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
