/**
 * Reading an article out of a page's HTML: metadata (JSON-LD, OpenGraph, meta tags, visible
 * text), the body (choosing the content container by scoring text and link density), its
 * structure as {@link dev.lede.article.Block}s, pull-quotes, the page's related list and the
 * feed it advertises; reading RSS and Atom feeds as lists of their items; and telling a list
 * page (a front page, section page, link list, directory listing) from an article and reading
 * its headlines ({@code ListPages}: {@code ListHeadlines}, {@code ListSignals}, {@code PageChrome},
 * {@code DirectoryListings}, {@code ItemBlocks}).
 *
 * <p>{@link dev.lede.extract.Extractor} (pages) and {@link dev.lede.extract.Feeds} (feeds) are
 * the entry points; everything else is internal.
 * The only package that uses jsoup. Depends on jsoup and {@code dev.lede.article}.
 */
package dev.lede.extract;
