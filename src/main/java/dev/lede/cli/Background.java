package dev.lede.cli;

import dev.lede.fetch.FetchException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a thread of its own so that the caller can do something else meanwhile (or
 * run later by whichever thread needs it first); its result, or its failure as if it had
 * happened on the caller's thread, when the caller asks. Start-up uses it to load the first
 * article and start the demo server while the terminal opens.
 */
final class Background<T> {
    private final FutureTask<T> task;

    private Background(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    /** Starts {@code work} on a daemon thread called {@code name}. */
    static <T> Background<T> start(String name, Callable<T> work) {
        Background<T> background = new Background<>(work);
        Thread thread = new Thread(background.task, name);
        thread.setDaemon(true);
        thread.start();
        return background;
    }

    /** Work to be run later by {@link #runHere} on the thread that wants it first; others wait for it. */
    static <T> Background<T> later(Callable<T> work) {
        return new Background<>(work);
    }

    /** Runs work made by {@link #later} on this thread (unless it has run) and gives its result. */
    T runHere() {
        task.run();
        try {
            return get();
        } catch (FetchException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits for the result.
     *
     * @throws FetchException when the work failed to fetch (the work's own exception)
     */
    T get() throws FetchException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + task, e);
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            if (failure instanceof FetchException fetch) {
                throw fetch;
            } else if (failure instanceof RuntimeException runtime) {
                throw runtime;
            } else if (failure instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failure);
        }
    }
}
