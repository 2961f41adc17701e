package dev.lede.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.ToIntFunction;

/**
 * A thread-safe in-memory cache bounded by total weight (roughly bytes), evicting what was
 * least useful recently.
 *
 * <p><b>Note:</b> Caffeine takes tens of milliseconds of CPU to start (its classes, the JDK
 * logger it sets up), which the first screen must not wait for nor share two cores with. So the
 * first entry is held here on its own, and Caffeine starts when a second one arrives, by which
 * time the reader is on screen. The first entry is kept whatever its weight.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class MemoryCache<K, V> {
    private final long maxWeight;
    private final ToIntFunction<V> weigher;
    /** Caffeine, once a second entry has arrived; until then, {@code firstKey} and {@code firstValue}. */
    private volatile Cache<K, V> cache;
    private K firstKey;
    private V firstValue;
    private long earlyHits;
    private long earlyMisses;

    /**
     * @param maxWeight the total weight kept; beyond it entries are evicted
     * @param weigher   the weight of one value, roughly its size in bytes
     */
    public MemoryCache(long maxWeight, ToIntFunction<V> weigher) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /** The value for {@code key}, or {@code null}. Counts as a hit or a miss. */
    public V get(K key) {
        Cache<K, V> started = cache;
        if (started == null) {
            synchronized (this) {
                if (cache == null) {
                    if (key.equals(firstKey)) {
                        earlyHits++;
                        return firstValue;
                    }
                    earlyMisses++;
                    return null;
                }
                started = cache;
            }
        }
        return started.getIfPresent(key);
    }

    /** Whether {@code key} is held; a look that counts as neither hit nor miss. */
    public boolean contains(K key) {
        Cache<K, V> started = cache;
        if (started == null) {
            synchronized (this) {
                if (cache == null) {
                    return key.equals(firstKey);
                }
                started = cache;
            }
        }
        return started.asMap().containsKey(key);
    }

    public void put(K key, V value) {
        Cache<K, V> started = cache;
        if (started == null) {
            synchronized (this) {
                if (cache == null && (firstKey == null || firstKey.equals(key))) {
                    firstKey = key;
                    firstValue = value;
                    return;
                }
                started = startCaffeine();
            }
        }
        started.put(key, value);
    }

    public void invalidate(K key) {
        Cache<K, V> started = cache;
        if (started == null) {
            synchronized (this) {
                if (cache == null) {
                    if (key.equals(firstKey)) {
                        firstKey = null;
                        firstValue = null;
                    }
                    return;
                }
                started = cache;
            }
        }
        started.invalidate(key);
    }

    /** Hits so far. */
    public synchronized long hits() {
        return earlyHits + (cache == null ? 0 : cache.stats().hitCount());
    }

    /** Misses so far. */
    public synchronized long misses() {
        return earlyMisses + (cache == null ? 0 : cache.stats().missCount());
    }

    /** Entries now held. */
    public synchronized long size() {
        if (cache == null) {
            return firstKey == null ? 0 : 1;
        }
        return cache.estimatedSize();
    }

    /** Caffeine, made now if it has not been, holding the first entry. Called holding this object's lock. */
    private Cache<K, V> startCaffeine() {
        if (cache == null) {
            Cache<K, V> made = Caffeine.newBuilder()
                    .maximumWeight(maxWeight)
                    .weigher((K key, V value) -> Math.max(1, weigher.applyAsInt(value)))
                    .executor(Runnable::run) // maintenance inline: no pool threads in a short-lived program
                    .recordStats()
                    .<K, V>build();
            if (firstKey != null) {
                made.put(firstKey, firstValue);
                firstKey = null;
                firstValue = null;
            }
            cache = made;
        }
        return cache;
    }
}
