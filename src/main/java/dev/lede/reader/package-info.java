/**
 * The interactive core, free of I/O: {@link dev.lede.reader.ReaderState} (what the reader
 * sees and where), {@link dev.lede.reader.Msg} (what happened), {@link dev.lede.reader.Effect}
 * (what the runtime should do) and {@link dev.lede.reader.Update#apply} that steps from one
 * state to the next. The terminal edge ({@code dev.lede.tui}) feeds it keys and results and
 * draws what it returns; tests drive it with plain method calls.
 *
 * <p>Depends on {@code dev.lede.article} and {@code dev.lede.layout} only.
 */
package dev.lede.reader;
