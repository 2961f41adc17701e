package dev.lede.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * A thread-safe in-memory cache bounded by total weight (roughly bytes), evicting what was
 * least useful recently.
 *
 * <p><b>Note:</b> Caffeine takes tens of milliseconds to start (its classes, the JDK logger it
 * sets up), so it is started on a thread of its own and the program goes on meanwhile: until it
 * is ready the cache holds nothing, and a lookup is a miss without waiting; the first store
 * waits for it.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class MemoryCache<K, V> {
    private final FutureTask<Cache<K, V>> starting;
    /** Lookups answered before Caffeine was ready: misses it could not count. */
    private final AtomicLong earlyMisses = new AtomicLong();

    /**
     * @param maxWeight the total weight kept; beyond it entries are evicted
     * @param weigher   the weight of one value, roughly its size in bytes
     */
    public MemoryCache(long maxWeight, ToIntFunction<V> weigher) {
        this.starting = new FutureTask<>(() -> Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((K key, V value) -> Math.max(1, weigher.applyAsInt(value)))
                .executor(Runnable::run) // maintenance inline: no pool threads in a short-lived program
                .recordStats()
                .<K, V>build());
        Thread thread = new Thread(starting, "lede-cache-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The value for {@code key}, or {@code null}. Counts as a hit or a miss. */
    public V get(K key) {
        if (!starting.isDone()) {
            earlyMisses.incrementAndGet();
            return null;
        }
        return cache().getIfPresent(key);
    }

    /** Whether {@code key} is held; a look that counts as neither hit nor miss. */
    public boolean contains(K key) {
        return starting.isDone() && cache().asMap().containsKey(key);
    }

    public void put(K key, V value) {
        cache().put(key, value);
    }

    public void invalidate(K key) {
        cache().invalidate(key);
    }

    /** Hits so far. */
    public long hits() {
        return stats().hitCount();
    }

    /** Misses so far. */
    public long misses() {
        return stats().missCount() + earlyMisses.get();
    }

    /** Entries now held. */
    public long size() {
        return cache().estimatedSize();
    }

    private CacheStats stats() {
        return cache().stats();
    }

    /** Caffeine, waiting for it to be ready if need be. */
    private Cache<K, V> cache() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return starting.get();
                } catch (InterruptedException e) {
                    interrupted = true; // a store must not be lost to an interrupt; keep the flag for the caller
                } catch (ExecutionException e) {
                    throw new IllegalStateException("the cache could not start", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
