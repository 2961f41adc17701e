/**
 * The terminal edge: opening the terminal with Lanterna, decoding keys into
 * {@link dev.lede.reader.Key}s, drawing a {@link dev.lede.reader.ReaderState} onto a Lanterna
 * {@code Screen}, and the event loop that ties input, {@link dev.lede.reader.Update} and
 * effects together. The only package that uses Lanterna; one thread draws.
 */
package dev.lede.tui;
