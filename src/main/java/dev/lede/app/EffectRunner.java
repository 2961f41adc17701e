package dev.lede.app;

import dev.lede.article.Article;
import dev.lede.fetch.FetchException;
import dev.lede.reader.Effect;
import dev.lede.reader.Msg;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs the reader's effects and posts their results as messages. A load that the cache can
 * answer is answered at once, on the caller's thread, so the next frame already shows it;
 * the rest run on a small pool of daemon threads.
 */
public final class EffectRunner implements AutoCloseable {
    /** Loads running at once. */
    static final int THREADS = 2;

    private final ArticleLoader loader;
    private final Consumer<Msg> inbox;
    private final Places places;
    private ExecutorService pool;
    private Future<?> currentLoad;

    /**
     * @param loader loads articles
     * @param inbox  where results go; must be thread-safe
     */
    public EffectRunner(ArticleLoader loader, Consumer<Msg> inbox) {
        this(loader, inbox, Places.none());
    }

    /**
     * @param loader loads articles
     * @param inbox  where results go; must be thread-safe
     * @param places where reading places are kept
     */
    public EffectRunner(ArticleLoader loader, Consumer<Msg> inbox, Places places) {
        this.loader = loader;
        this.inbox = inbox;
        this.places = places;
    }

    /** Runs {@code effect}. {@link Effect.Quit} is the caller's to handle and is ignored here. */
    public void run(Effect effect) {
        if (effect instanceof Effect.Load load) {
            load(load);
        } else if (effect instanceof Effect.RememberPlace place) {
            // On the caller's thread: a small file, and it must be written before a quit ends the process.
            String problem = places.remember(place.target(), place.title(), place.anchor());
            if (problem != null) {
                inbox.accept(new Msg.Reported(problem));
            }
        } else if (effect instanceof Effect.OpenInBrowser open) {
            pool().submit(() -> inbox.accept(new Msg.Reported(Browser.open(System.getenv("BROWSER"), open.url()))));
        }
    }

    private void load(Effect.Load load) {
        if (currentLoad != null) {
            currentLoad.cancel(true); // the reader has moved on; its result would be stale anyway
        }
        // Built-in pages (the start page) live only in memory: a reload shows them again.
        if (!load.reload() || load.target().startsWith(StartPage.SCHEME)) {
            Article cached = loader.cached(load.target());
            if (cached != null) {
                inbox.accept(new Msg.Loaded(load.request(), load.target(), cached));
                return;
            }
        }
        currentLoad = pool().submit(() -> {
            try {
                Article article = loader.load(load.target(), load.reload());
                inbox.accept(new Msg.Loaded(load.request(), load.target(), article));
            } catch (FetchException e) {
                inbox.accept(new Msg.LoadFailed(load.request(), load.target(), e.getMessage()));
            } catch (RuntimeException e) {
                inbox.accept(new Msg.LoadFailed(load.request(), load.target(),
                        "could not read " + load.target() + ": " + e.getClass().getSimpleName()));
            }
        });
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(THREADS, runnable -> {
                Thread thread = new Thread(runnable, "lede-load");
                thread.setDaemon(true);
                return thread;
            });
        }
        return pool;
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
