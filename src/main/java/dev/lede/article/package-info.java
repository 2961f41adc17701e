/**
 * The article model: what lede knows about a page once it has been read, independent of
 * any screen width. {@link dev.lede.article.Article} holds the metadata, the body as a list
 * of {@link dev.lede.article.Block}s and the page's related links.
 *
 * <p>Depends on nothing outside the JDK; every other package may depend on this one.
 */
package dev.lede.article;
