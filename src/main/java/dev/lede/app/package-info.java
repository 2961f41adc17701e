/**
 * Wiring the pure stages to the world: loading an article from a target (URL or file) through
 * fetch, extract and the in-memory caches (articles by URL, layouts by article and measure),
 * and running {@link dev.lede.reader.Effect}s on small executors, feeding their results back as
 * {@link dev.lede.reader.Msg}s: loads, related articles loaded ahead (prefetch), the info page.
 *
 * <p>Depends on fetch, extract, article, reader, layout and cache; knows nothing of terminals.
 */
package dev.lede.app;
