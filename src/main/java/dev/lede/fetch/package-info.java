/**
 * Getting pages: HTTP/1.1 and HTTP/2 with {@code java.net.http}, local files, decoding (gzip,
 * deflate, charsets), the limits that keep a hostile server from hurting the reader
 * ({@link dev.lede.fetch.FetchOptions}), proxies from the environment
 * ({@link dev.lede.fetch.ProxyRules}), and the disk cache that makes a second visit cost a 304
 * and lets lede read offline, saved pages pinned there ({@link dev.lede.fetch.DiskCache},
 * {@link dev.lede.fetch.CachingFetcher}). Every failure is a
 * {@link dev.lede.fetch.FetchException} whose message is one line a user can read, naming the
 * host and the cause.
 *
 * <p>Depends on the JDK, and on juniversalchardet for pages that declare no charset and are not
 * UTF-8 ({@link dev.lede.fetch.Charsets}); no other package may use it.
 */
package dev.lede.fetch;
