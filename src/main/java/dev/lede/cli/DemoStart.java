package dev.lede.cli;

import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import dev.lede.fetch.FetchException;
import java.util.concurrent.FutureTask;

/**
 * Starts the demo edition's loopback server on a thread of its own, the slowest part of the demo
 * to get going, while the caller goes on and then loads the edition itself.
 */
final class DemoStart {
    private final FutureTask<DemoEdition> edition = new FutureTask<>(DemoEdition::load);
    private final Background<DemoServer> starting = Background.start("lede-demo-start", () -> DemoServer.start(edition));

    /** The running server with its edition loaded (on this thread, when nothing has yet). */
    DemoServer server() {
        edition.run(); // does nothing when the edition has been loaded already
        try {
            DemoServer server = starting.get();
            server.edition(); // a failure to load it shows here, as on a single thread
            return server;
        } catch (FetchException e) { // starting a server fetches nothing
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server if it started, waiting for it to have started. */
    void close() {
        try {
            starting.get().close();
        } catch (FetchException | RuntimeException e) {
            // it never started: nothing to stop
        }
    }
}
