/**
 * Reading an article out of a page's HTML: metadata (JSON-LD, OpenGraph, meta tags, visible
 * text), the body (choosing the content container by scoring text and link density), its
 * structure as {@link dev.lede.article.Block}s, pull-quotes, and the page's related list.
 *
 * <p>{@link dev.lede.extract.Extractor} is the entry point; everything else is internal.
 * The only package that uses jsoup. Depends on jsoup and {@code dev.lede.article}.
 */
package dev.lede.extract;
