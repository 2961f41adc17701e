/**
 * Laying an article out for a terminal: wrapping by display width, typesetting each kind of
 * block, and cutting the lines into pages. {@link dev.lede.layout.Layouter} is the entry
 * point; a {@link dev.lede.layout.Layout} is the article at one width, cheap to redo, so
 * only articles are worth caching for long.
 *
 * <p>Depends only on {@code dev.lede.article}; lines carry semantic {@link dev.lede.layout.Role}s,
 * never terminal colours.
 */
package dev.lede.layout;
