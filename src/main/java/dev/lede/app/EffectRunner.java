package dev.lede.app;

import dev.lede.article.Article;
import dev.lede.fetch.FetchException;
import dev.lede.reader.Effect;
import dev.lede.reader.Effects;
import dev.lede.reader.InfoPage;
import dev.lede.reader.Msg;
import dev.lede.reader.TerminalLender;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs the reader's effects and posts their results as messages. A load that the cache can
 * answer is answered at once, on the caller's thread, so the next frame already shows it;
 * the rest run on a small pool of daemon threads. Related articles are loaded ahead on a
 * pool of their own, so a prefetch never delays what the reader asked for.
 */
public final class EffectRunner implements Effects {
    /** Loads running at once. */
    static final int THREADS = 2;
    /** Related articles loaded ahead at once. */
    static final int PREFETCH_THREADS = 2;
    /** How many of an article's related articles are loaded ahead, unless told otherwise. */
    public static final int DEFAULT_PREFETCH = 5;

    private final ArticleLoader loader;
    private final Consumer<Msg> inbox;
    private final int prefetchCount;
    private final Map<String, Future<?>> prefetching = new ConcurrentHashMap<>();
    /** What the current article loads ahead; a queued prefetch of anything else does nothing. */
    private volatile Set<String> prefetchWanted = Set.of();
    private final Places places;
    private volatile ReadingList readingList = ReadingList.none();
    private ExecutorService pool;
    private ExecutorService prefetchPool;
    private Future<?> currentLoad;
    private final Map<String, String> environment;
    private final Consumer<String> clipboard;
    private final TerminalLender lender;
    private final Boolean browserTerminal;

    /**
     * A runner that loads the first {@value #DEFAULT_PREFETCH} related articles ahead, remembers
     * no places, copies to no clipboard and starts browsers with no environment: for tests.
     *
     * @param loader loads articles
     * @param inbox  where results go; must be thread-safe
     */
    public EffectRunner(ArticleLoader loader, Consumer<Msg> inbox) {
        this(loader, inbox, Places.none(), DEFAULT_PREFETCH);
    }

    /**
     * A runner as {@link #EffectRunner(ArticleLoader, Consumer)} that keeps places in
     * {@code places} and loads {@code prefetchCount} related articles ahead.
     */
    public EffectRunner(ArticleLoader loader, Consumer<Msg> inbox, Places places, int prefetchCount) {
        this(loader, inbox, text -> { }, places, prefetchCount, Map.of());
    }

    /**
     * @param loader        loads articles
     * @param inbox         where results go; must be thread-safe
     * @param clipboard     puts a text on the terminal's clipboard
     * @param places        where reading places are kept
     * @param prefetchCount how many of an article's related articles to load ahead; 0 for none
     * @param environment   the user's environment: $BROWSER, and what a browser started gets
     */
    public EffectRunner(ArticleLoader loader, Consumer<Msg> inbox, Consumer<String> clipboard, Places places,
                        int prefetchCount, Map<String, String> environment) {
        this(loader, inbox, clipboard, TerminalLender.NONE, places, prefetchCount, environment, null);
    }

    /**
     * A runner as {@link #EffectRunner(ArticleLoader, Consumer, Consumer, Places, int, Map)} that
     * hands the terminal to a browser that draws in it.
     *
     * @param lender          hands the terminal to a browser that draws in it
     * @param browserTerminal {@code browser-terminal} from the configuration: whether $BROWSER's
     *                        programs draw in the terminal; {@code null} judges each by its name
     */
    public EffectRunner(ArticleLoader loader, Consumer<Msg> inbox, Consumer<String> clipboard, TerminalLender lender,
                        Places places, int prefetchCount, Map<String, String> environment, Boolean browserTerminal) {
        this.clipboard = clipboard;
        this.lender = lender;
        this.browserTerminal = browserTerminal;
        this.environment = environment;
        this.loader = loader;
        this.inbox = inbox;
        this.places = places;
        this.prefetchCount = Math.max(0, prefetchCount);
    }

    /** This runner keeping saved articles in {@code list}. */
    public EffectRunner withReadingList(ReadingList list) {
        this.readingList = list;
        return this;
    }

    /**
     * Runs {@code effect}. {@link Effect.Quit} needs nothing done: the state says the reader is
     * quitting, and its loop ends. An {@link Effect.OpenInBrowser} whose $BROWSER draws in the
     * terminal runs on the caller's thread, which must be the one that draws the screen, and
     * returns when the browser has ended.
     */
    @Override
    public void run(Effect effect) {
        if (effect instanceof Effect.CopyToClipboard copy) {
            clipboard.accept(copy.text());
        } else if (effect instanceof Effect.Load load) {
            load(load);
        } else if (effect instanceof Effect.Prefetch prefetch) {
            prefetch(prefetch);
        } else if (effect instanceof Effect.RememberPlace place && !place.target().equals(InfoPage.TARGET)) {
            // On the caller's thread: a small file, and it must be written before a quit ends the process.
            String problem = places.remember(place.target(), place.title(), place.anchor());
            if (problem != null) {
                inbox.accept(new Msg.Reported(problem));
            }
        } else if (effect instanceof Effect.ToggleSaved save) {
            // On the caller's thread, like a place: a quit right after s must not lose the save.
            inbox.accept(new Msg.Reported(readingList.toggle(save.target(), save.url(), save.title(), loader)));
        } else if (effect instanceof Effect.OpenInBrowser open) {
            boolean needsTerminal = Browser.commands(environment.get("BROWSER"), open.url(), browserTerminal).stream()
                    .anyMatch(Browser.Command::terminal);
            if (needsTerminal) { // on the caller's thread, the one that draws: the reader waits for it
                inbox.accept(new Msg.Reported(Browser.open(environment, open.url(), browserTerminal, lender)));
            } else {
                pool().submit(() -> inbox.accept(new Msg.Reported(
                        Browser.open(environment, open.url(), browserTerminal, lender))));
            }
        }
    }

    private void load(Effect.Load load) {
        if (currentLoad != null) {
            currentLoad.cancel(true); // the reader has moved on; its result would be stale anyway
        }
        if (load.target().equals(InfoPage.TARGET)) {
            inbox.accept(new Msg.Loaded(load.request(), load.target(), InfoArticle.of(loader.figures(), loader.fetchOptions())));
            return;
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
            } catch (RuntimeException | Error e) {
                // Anything else still ends the load: a reader left on "Loading" cannot tell it failed.
                inbox.accept(new Msg.LoadFailed(load.request(), load.target(),
                        "could not read " + load.target() + ": " + e.getClass().getSimpleName()));
            }
        });
    }

    /**
     * Loads the first related articles in the background. What the last prefetch asked for and
     * this one does not is called off: the reader has left that article.
     */
    private void prefetch(Effect.Prefetch prefetch) {
        List<String> wanted = prefetch.targets().stream().filter(Targets::isWeb).distinct()
                .limit(prefetchCount).toList();
        // Set before anything is cancelled: cancelling a running prefetch frees its pool thread,
        // which at once takes the next queued task, perhaps one of the called-off ones not yet
        // reached below. That task must find itself unwanted rather than fetch.
        prefetchWanted = Set.copyOf(wanted);
        prefetching.entrySet().removeIf(entry -> {
            if (wanted.contains(entry.getKey())) {
                return false;
            }
            entry.getValue().cancel(true);
            return true;
        });
        for (String target : wanted) {
            if (loader.isLoaded(target)) {
                inbox.accept(new Msg.Prefetched(target));
                continue;
            }
            Future<?> running = prefetching.get(target);
            if (running != null && !running.isDone()) {
                continue;
            }
            prefetching.put(target, prefetchPool().submit(() -> {
                if (!prefetchWanted.contains(target)) {
                    return; // called off while it waited in the queue
                }
                try {
                    loader.load(target, false);
                    inbox.accept(new Msg.Prefetched(target));
                } catch (FetchException | RuntimeException | Error e) {
                    // Not an error for the reader: opening it later tries again and says what went wrong.
                }
            }));
        }
    }

    private synchronized ExecutorService prefetchPool() {
        if (prefetchPool == null) {
            prefetchPool = Executors.newFixedThreadPool(PREFETCH_THREADS, runnable -> {
                Thread thread = new Thread(runnable, "lede-prefetch");
                thread.setDaemon(true);
                thread.setPriority(Thread.NORM_PRIORITY - 1);
                return thread;
            });
        }
        return prefetchPool;
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
        if (prefetchPool != null) {
            prefetchPool.shutdownNow();
        }
    }
}
