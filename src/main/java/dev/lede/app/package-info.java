/**
 * Wiring the pure stages to the world: loading an article from a target (URL or file) through
 * fetch, extract and the in-memory cache, and running {@link dev.lede.reader.Effect}s on a small
 * executor, feeding their results back as {@link dev.lede.reader.Msg}s.
 *
 * <p>Depends on fetch, extract, article, reader and cache; knows nothing of terminals.
 */
package dev.lede.app;
