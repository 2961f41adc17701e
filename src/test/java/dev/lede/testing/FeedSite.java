package dev.lede.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A small news site on loopback with a feed: {@code /feed.rss} (RSS 2.0 in ISO-8859-1, served
 * as application/rss+xml without a charset, so its XML declaration decides), the same items as
 * Atom at {@code /feed.atom} served as plain {@code application/xml}, an HTML front page
 * {@code /} that advertises the RSS feed, and the three articles the items link to.
 */
public final class FeedSite implements AutoCloseable {
    /** The items' titles, in feed order. */
    public static final String[] TITLES = {
        "Night ferry returns after twelve years", "Café on the mole reopens", "Winter lay-up begins"};
    /** A sentence from the body of each item's article (short enough for one line), in feed order. */
    public static final String[] BODIES = {
        "The ferry docks in Brekka before dawn.",
        "The café has new windows facing the harbour.",
        "Crews will mend nets in the fish hall."};
    private static final String[] PATHS = {"/news/night-ferry", "/news/cafe", "/news/lay-up"};

    private final LoopbackServer server = new LoopbackServer();

    public FeedSite() {
        server.route("/feed.rss", exchange -> LoopbackServer.send(exchange, 200, "application/rss+xml",
                resource("site.rss")));
        server.page("/feed.atom", 200, "application/xml; charset=utf-8", atom());
        for (int i = 0; i < PATHS.length; i++) {
            server.page(PATHS[i], 200, "text/html; charset=utf-8", article(TITLES[i], BODIES[i]));
        }
        server.page("/", 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>Quayside Weekly</title>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"News\" href=\"/feed.rss\">"
                + "</head><body><main><article><h1>Welcome to Quayside Weekly</h1>"
                + "<p>We report on the port, the boats and the people who work them, every week of the year.</p>"
                + "<p>Our feed lists the latest stories as they are published on the quayside.</p>"
                + "</article></main></body></html>");
    }

    private static String article(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + " | Quayside Weekly</title>"
                + "<meta property=\"og:title\" content=\"" + title + "\"></head><body><main><article>"
                + "<h1>" + title + "</h1><p>" + body + "</p>"
                + "<p>Harbour staff said the change had been planned for months and welcomed the news.</p>"
                + "<p>More details will be published in next week's edition of the paper.</p>"
                + "</article></main></body></html>";
    }

    private static String atom() {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < PATHS.length; i++) {
            entries.append("<entry><title>").append(TITLES[i]).append("</title><link href=\"").append(PATHS[i])
                    .append("\"/><id>").append(PATHS[i]).append("</id><updated>2026-11-2").append(8 - i)
                    .append("T12:00:00Z</updated><summary>").append(BODIES[i]).append("</summary></entry>");
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Quayside Weekly (Atom)</title><updated>2026-11-28T12:00:00Z</updated>" + entries + "</feed>";
    }

    private static byte[] resource(String name) {
        try (InputStream in = FeedSite.class.getResourceAsStream("/dev/lede/feeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of {@code path} on this site. */
    public String url(String path) {
        return server.url(path);
    }

    /** The address of item {@code index}'s article (0-based, feed order). */
    public String itemUrl(int index) {
        return server.url(PATHS[index]);
    }

    @Override
    public void close() {
        server.close();
    }
}
