package dev.lede.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cache keeps what it is given, counts its hits and misses, and stays within its weight. */
class MemoryCacheTest {
    @Test
    void lookupsRightAfterMaking_areMisses_andStoresAreKept() {
        MemoryCache<String, String> cache = new MemoryCache<>(1_000, String::length);
        assertNull(cache.get("a"));
        assertFalse(cache.contains("a"));
        cache.put("a", "alpha");
        assertEquals("alpha", cache.get("a"));
        assertTrue(cache.contains("a"));
        assertEquals(1, cache.hits());
        assertEquals(1, cache.misses());
    }

    @Test
    void storesBeyondTheWeight_evictSome_andTheRestStayWithinIt() {
        MemoryCache<Integer, String> cache = new MemoryCache<>(1_000, String::length);
        String hundred = "x".repeat(100);
        for (int i = 0; i < 50; i++) {
            cache.put(i, hundred);
        }
        assertTrue(cache.size() <= 10, "held " + cache.size() + " values of weight 100 in 1000");
    }

    @Test
    void theFirstEntry_isKeptAndCounted_beforeAndAfterOthersArrive() {
        MemoryCache<String, String> cache = new MemoryCache<>(1_000, String::length);
        cache.put("a", "alpha");
        cache.put("a", "alpha 2"); // the same key again replaces it
        assertEquals("alpha 2", cache.get("a"));
        assertNull(cache.get("b"));
        assertEquals(1, cache.size());
        cache.put("b", "beta");
        assertEquals("alpha 2", cache.get("a"));
        assertEquals("beta", cache.get("b"));
        assertEquals(2, cache.size());
        assertEquals(3, cache.hits());
        assertEquals(1, cache.misses());
        cache.invalidate("a");
        assertFalse(cache.contains("a"));
        assertTrue(cache.contains("b"));
    }

    @Test
    void theOnlyEntry_canBeInvalidated() {
        MemoryCache<String, String> cache = new MemoryCache<>(1_000, String::length);
        cache.put("a", "alpha");
        cache.invalidate("a");
        assertNull(cache.get("a"));
        assertEquals(0, cache.size());
    }

    @Test
    void anInterruptedStore_isKept_andTheInterruptStays() {
        MemoryCache<String, String> cache = new MemoryCache<>(1_000, String::length);
        Thread.currentThread().interrupt();
        try {
            cache.put("a", "alpha");
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertEquals("alpha", cache.get("a"));
    }
}
