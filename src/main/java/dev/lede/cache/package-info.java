/**
 * In-memory caches bounded by weight. The only package that uses Caffeine, behind one small
 * type, {@link dev.lede.cache.MemoryCache}.
 */
package dev.lede.cache;
