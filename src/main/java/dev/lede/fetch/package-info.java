/**
 * Getting pages: HTTP with {@code java.net.http}, local files, decoding (gzip, deflate,
 * charsets) and the limits that keep a hostile server from hurting the reader.
 * Every failure is a {@link dev.lede.fetch.FetchException} whose message is one line a user
 * can read.
 *
 * <p>Depends only on the JDK.
 */
package dev.lede.fetch;
