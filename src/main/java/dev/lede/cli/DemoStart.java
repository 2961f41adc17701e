package dev.lede.cli;

import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Starts the demo edition's loopback server on a thread of its own, the slowest part of the demo
 * to get going, while the caller opens the terminal and then loads the edition itself.
 */
final class DemoStart {
    private final FutureTask<DemoEdition> edition = new FutureTask<>(DemoEdition::load);
    private final FutureTask<DemoServer> starting = new FutureTask<>(() -> DemoServer.start(edition));

    private DemoStart() {
    }

    static DemoStart begin() {
        DemoStart demo = new DemoStart();
        Thread thread = new Thread(demo.starting, "lede-demo-start");
        thread.setDaemon(true);
        thread.start();
        return demo;
    }

    /** The running server with its edition loaded (on this thread, when nothing has yet). */
    DemoServer server() {
        edition.run(); // does nothing when the edition has been loaded already
        try {
            DemoServer server = starting.get();
            server.edition(); // a failure to load it shows here, as on a single thread
            return server;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the demo server started", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops the server if it started, waiting for it to have started. */
    void close() {
        try {
            starting.get().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // it never started: nothing to stop
        }
    }
}
