package dev.lede.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.function.ToIntFunction;

/**
 * A thread-safe in-memory cache bounded by total weight (roughly bytes), evicting what was
 * least useful recently.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class MemoryCache<K, V> {
    private final Cache<K, V> cache;

    /**
     * @param maxWeight the total weight kept; beyond it entries are evicted
     * @param weigher   the weight of one value, roughly its size in bytes
     */
    public MemoryCache(long maxWeight, ToIntFunction<V> weigher) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((K key, V value) -> Math.max(1, weigher.applyAsInt(value)))
                .executor(Runnable::run) // maintenance inline: no pool threads in a short-lived program
                .recordStats()
                .build();
    }

    /** The value for {@code key}, or {@code null}. Counts as a hit or a miss. */
    public V get(K key) {
        return cache.getIfPresent(key);
    }

    /** Whether {@code key} is held; a look that counts as neither hit nor miss. */
    public boolean contains(K key) {
        return cache.asMap().containsKey(key);
    }

    public void put(K key, V value) {
        cache.put(key, value);
    }

    public void invalidate(K key) {
        cache.invalidate(key);
    }

    /** Hits so far. */
    public long hits() {
        return stats().hitCount();
    }

    /** Misses so far. */
    public long misses() {
        return stats().missCount();
    }

    /** Entries now held. */
    public long size() {
        return cache.estimatedSize();
    }

    private CacheStats stats() {
        return cache.stats();
    }
}
