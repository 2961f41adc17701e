package dev.lede.fetch;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fetches through the disk cache. A stored copy is revalidated with the validators it came
 * with (If-None-Match, If-Modified-Since), so an unchanged page costs a 304 and no body;
 * a changed one replaces the copy. Offline, only stored copies are read. Thread-safe.
 */
public final class CachingFetcher {
    private final Fetcher fetcher;
    private final DiskCache cache;
    private final boolean offline;
    private final Clock clock;
    private final AtomicLong revalidated = new AtomicLong();
    private final AtomicLong downloaded = new AtomicLong();

    /**
     * @param fetcher the network
     * @param cache   where copies are kept
     * @param offline read only from {@code cache}, never the network
     */
    public CachingFetcher(Fetcher fetcher, DiskCache cache, boolean offline, Clock clock) {
        this.fetcher = fetcher;
        this.cache = cache;
        this.offline = offline;
        this.clock = clock;
    }

    /**
     * The page at {@code uri}.
     *
     * @param reload fetch the whole page again, not trusting the stored copy
     * @throws FetchException one line naming the host and the cause; offline, that the page is
     *                        not in the cache
     */
    public Page fetch(URI uri, boolean reload) throws FetchException {
        Optional<CachedPage> stored = cache.get(uri);
        if (offline) {
            return stored.map(CachedPage::page).orElseThrow(() -> new FetchException(
                    Fetcher.host(uri) + ": not in the offline cache (" + uri + ")"));
        }
        Fetched fetched = stored.isEmpty() || reload
                ? fetcher.fetch(uri, null, Validators.NONE)
                : fetcher.fetch(uri, stored.get().page().url(), stored.get().validators());
        if (fetched instanceof Fetched.NotModified) {
            revalidated.incrementAndGet();
            cache.confirm(uri);
            return stored.orElseThrow().page();
        }
        Fetched.Fresh fresh = (Fetched.Fresh) fetched;
        downloaded.incrementAndGet();
        if (fresh.storable() || cache.isPinned(uri)) { // a page the reader saved is kept whatever the server says
            cache.put(new CachedPage(uri, fresh.page(), fresh.validators(), clock.instant()));
        }
        return fresh.page();
    }

    /**
     * Keeps the page at {@code uri} in the cache for as long as it is pinned, for reading
     * offline; fetches it when no copy is stored yet (a page the server asked not to store).
     *
     * @return whether a copy is stored now
     */
    public boolean keep(URI uri) {
        if (!cache.pin(uri)) {
            return false;
        }
        if (!cache.contains(uri) && !offline) {
            try {
                fetch(uri, true);
            } catch (FetchException e) {
                return false;
            }
        }
        return cache.contains(uri);
    }

    /** Lets the page at {@code uri} leave the cache again when room is needed. */
    public void release(URI uri) {
        cache.unpin(uri);
    }

    /** The network side. */
    public Fetcher fetcher() {
        return fetcher;
    }

    /** Whether only the cache is read. */
    public boolean offline() {
        return offline;
    }

    public DiskCache cache() {
        return cache;
    }

    /** Stored copies confirmed current by a 304. */
    public long revalidated() {
        return revalidated.get();
    }

    /** Pages whose whole body came over the network. */
    public long downloaded() {
        return downloaded.get();
    }
}
