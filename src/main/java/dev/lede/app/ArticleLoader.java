package dev.lede.app;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.RelatedLink;
import dev.lede.cache.MemoryCache;
import dev.lede.extract.Extractor;
import dev.lede.extract.Feeds;
import dev.lede.fetch.CachingFetcher;
import dev.lede.fetch.FetchException;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.fetch.LocalFiles;
import dev.lede.fetch.Page;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.nio.file.Path;

/**
 * Gets the article a target names, from memory when it was read before, else by fetching
 * (or reading the file) and extracting. Thread-safe.
 */
public final class ArticleLoader {
    /** Memory given to parsed articles, roughly in bytes. */
    public static final long DEFAULT_CACHE_WEIGHT = 32L * 1024 * 1024;

    private final WebPages web;
    private final FetchOptions options;
    private final CachingFetcher disk;
    private final long maxBytes;
    /** Where relative file names are looked up: the user's working directory. */
    private final Path directory;
    private final MemoryCache<String, Article> articles;
    private final LayoutCache layouts = new LayoutCache(LayoutCache.DEFAULT_WEIGHT);
    private final Map<String, CompletableFuture<Article>> inFlight = new ConcurrentHashMap<>();
    private final Queue<String> charsetNotes = new ConcurrentLinkedQueue<>();
    /** Addresses read straight from the network, never the disk cache: the demo edition's. */
    private volatile String direct;

    /** Where web pages come from. */
    @FunctionalInterface
    private interface WebPages {
        Page fetch(URI uri, boolean reload) throws FetchException;
    }

    /**
     * Fetches straight from the network, no disk cache.
     *
     * @param fetcher  fetches web pages
     * @param maxBytes cap on a local file's size
     */
    public ArticleLoader(Fetcher fetcher, long maxBytes) {
        this(fetcher, maxBytes, Path.of(""));
    }

    /**
     * Fetches straight from the network, no disk cache; a local file named by a relative path is
     * found in {@code directory}.
     */
    public ArticleLoader(Fetcher fetcher, long maxBytes, Path directory) {
        this((uri, reload) -> fetcher.fetch(uri), null, fetcher.options(), maxBytes, directory);
    }

    /**
     * Fetches through the disk cache (revalidating, or offline).
     *
     * @param fetcher  fetches web pages through the disk cache
     * @param maxBytes cap on a local file's size
     */
    public ArticleLoader(CachingFetcher fetcher, long maxBytes) {
        this(fetcher, maxBytes, Path.of(""));
    }

    /**
     * Fetches through the disk cache; a local file named by a relative path is found in
     * {@code directory}.
     */
    public ArticleLoader(CachingFetcher fetcher, long maxBytes, Path directory) {
        this(fetcher::fetch, fetcher, fetcher.fetcher().options(), maxBytes, directory);
    }

    private ArticleLoader(WebPages web, CachingFetcher disk, FetchOptions options, long maxBytes, Path directory) {
        this.web = web;
        this.options = options;
        this.disk = disk;
        this.maxBytes = maxBytes;
        this.directory = directory;
        this.articles = new MemoryCache<>(DEFAULT_CACHE_WEIGHT, ArticleLoader::weight);
    }

    /**
     * The article at {@code target}.
     *
     * @param target a http(s) URL or a file path
     * @param reload skip the cache
     * @throws FetchException with a one-line message when the page cannot be had
     */
    public Article load(String target, boolean reload) throws FetchException {
        if (!reload) {
            Article cached = articles.get(target);
            if (cached != null) {
                return cached;
            }
        }
        CompletableFuture<Article> mine = new CompletableFuture<>();
        CompletableFuture<Article> running = reload ? null : inFlight.putIfAbsent(target, mine);
        if (running != null) {
            Article joined = await(running);
            if (joined != null) {
                return joined;
            }
            return load(target, false); // the one we waited on was called off; try ourselves
        }
        if (reload) {
            inFlight.put(target, mine);
        }
        try {
            Article article = read(target, reload);
            articles.put(target, article);
            mine.complete(article);
            return article;
        } catch (FetchException | RuntimeException | Error e) {
            if (Thread.currentThread().isInterrupted()) {
                mine.cancel(false);
            } else {
                mine.completeExceptionally(e);
            }
            throw e;
        } finally {
            inFlight.remove(target, mine);
        }
    }

    /**
     * Waits for a load of the same target already under way (a prefetch, say) rather than
     * fetching twice; {@code null} when that load was called off.
     */
    private static Article await(CompletableFuture<Article> running) throws FetchException {
        try {
            return running.get();
        } catch (CancellationException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FetchException failure) {
                throw new FetchException(failure.getMessage(), failure);
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Whether {@code target} is loaded and waiting in memory; not counted as a hit or a miss. */
    public boolean isLoaded(String target) {
        return articles.contains(target);
    }

    /** The layouts of articles at the widths they were shown, for the reader's {@link dev.lede.reader.Update}. */
    public LayoutCache layouts() {
        return layouts;
    }

    /** The cached article for {@code target}, or {@code null}; never fetches. */
    public Article cached(String target) {
        return articles.get(target);
    }

    /** The cache, for figures on the info screen. */
    public MemoryCache<String, Article> cache() {
        return articles;
    }

    /** How the caches have done so far, for the info screen and {@code --verbose}. */
    public FetchOptions fetchOptions() {
        return options;
    }

    /**
     * One line per page loaded so far whose charset was not the one it declared (or was guessed),
     * each naming the target, for {@code --verbose}.
     */
    public List<String> charsetNotes() {
        return List.copyOf(charsetNotes);
    }

    public CacheFigures figures() {
        return disk == null
                ? new CacheFigures(articles.hits(), articles.misses(), articles.size(), layouts.hits(),
                        layouts.misses(), null)
                : new CacheFigures(articles.hits(), articles.misses(), articles.size(), layouts.hits(),
                        layouts.misses(), new CacheFigures.Disk(
                        disk.cache().directory().toString(), disk.offline(), disk.cache().hits(),
                        disk.cache().misses(), disk.revalidated(), disk.downloaded(), disk.cache().damaged()));
    }

    /**
     * Reads targets starting with {@code prefix} from the network only, never through the disk
     * cache: the demo edition's loopback server takes a new port each run, so its pages are
     * not worth keeping, and they read offline anyway.
     */
    public void direct(String prefix) {
        direct = prefix;
    }

    /**
     * Pins {@code target}'s page in the disk cache so that it reads offline however long it goes
     * unread; fetches it when the cache holds no copy.
     *
     * @return whether a copy is kept; never for a file or without a disk cache
     */
    public boolean keep(String target) {
        try {
            return disk != null && Targets.isWeb(target) && disk.keep(Targets.webUri(target));
        } catch (FetchException e) {
            return false; // not an address that was ever fetched, so nothing to keep
        }
    }

    /** Lets {@code target}'s page leave the disk cache again when room is needed. */
    public void release(String target) {
        try {
            if (disk != null && Targets.isWeb(target)) {
                disk.release(Targets.webUri(target));
            }
        } catch (FetchException e) {
            // Nothing was kept for it.
        }
    }

    private Article read(String target, boolean reload) throws FetchException {
        Page page;
        String bypass = direct;
        if (Targets.isWeb(target) && disk != null && bypass != null && target.startsWith(bypass)) {
            page = disk.fetcher().fetch(Targets.webUri(target));
        } else if (Targets.isWeb(target)) {
            page = web.fetch(Targets.webUri(target), reload);
        } else if (Targets.isOtherScheme(target)) {
            throw new FetchException("not opened: only http and https addresses and local files are read (" + target + ")");
        } else {
            page = LocalFiles.read(directory.resolve(target), maxBytes);
        }
        if (page.charsetNote() != null) {
            charsetNotes.add(target + ": " + page.charsetNote());
        }
        Article article = extract(page, target);
        return article.withUrl(page.url() == null ? null : page.url().toString());
    }

    /**
     * Extraction is bounded by design, but a page the bounds missed must cost the reader one
     * message, not the session: a waiter on this load would otherwise wait for ever.
     */
    private static Article extract(Page page, String target) throws FetchException {
        String text = page.text();
        if (!Feeds.isFeed(page.contentType(), text) && Feeds.isXml(page.contentType())) {
            throw new FetchException((page.url() == null ? target : page.url().getRawAuthority())
                    + ": an XML document, not an RSS or Atom feed (" + page.contentType() + ")");
        }
        try {
            if (Feeds.isFeed(page.contentType(), text)) {
                return Feeds.read(text, page.baseUri().toString());
            }
            return page.isPlainText()
                    ? Extractor.extractPlainText(text)
                    : Extractor.extract(text, page.baseUri().toString());
        } catch (StackOverflowError e) {
            throw new FetchException("could not read " + target + ": the page is nested too deeply", e);
        } catch (OutOfMemoryError e) {
            throw new FetchException("could not read " + target + ": the page is too large to hold in memory", e);
        }
    }

    /**
     * Extracts a page the program already holds (the demo edition's lead, say) as if it had been
     * fetched from {@code url}, and keeps it like any loaded article: the first screen need not
     * wait for an HTTP client to start.
     */
    public Article remember(String url, String html) {
        Article article = Extractor.extract(html, url).withUrl(url);
        articles.put(url, article);
        return article;
    }

    /** Rough size in bytes: characters are two bytes, and objects cost something too. */
    static int weight(Article article) {
        long chars = article.title().length() + article.text().length();
        for (Block ignored : article.body()) {
            chars += 32;
        }
        for (RelatedLink link : article.related()) {
            chars += link.title().length() + link.url().length() + 32
                    + (link.summary() == null ? 0 : link.summary().length()); // a feed item's summary
        }
        return (int) Math.min(Integer.MAX_VALUE, chars * 2 + 512);
    }
}
