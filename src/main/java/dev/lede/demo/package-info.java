/**
 * The built-in demo edition: original articles kept in resources, laid into pages shaped like a
 * real news site's (masthead, navigation, share bars, cookie banner, related list) and served by
 * an in-process HTTP server on 127.0.0.1, so {@code lede} with no argument runs the real
 * fetch → extract → layout path without a network.
 *
 * <p>Depends only on the JDK ({@code com.sun.net.httpserver}).
 */
package dev.lede.demo;
