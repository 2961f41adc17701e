package dev.lede.extract;

import java.net.URI;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** Link targets made absolute against the page's final URL and {@code <base href>}. */
final class Links {
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private Links() {
    }

    /** The absolute target of an {@code <a>}, or {@code null} when it has none worth keeping. */
    static String absolute(Element a) {
        String href = a.attr("href").strip();
        if (href.isEmpty() || href.startsWith("#")) {
            return null;
        }
        String abs = a.absUrl("href");
        if (abs.isEmpty()) {
            // Unresolvable. Kept only when it names a scheme (then it is fetched, or refused with
            // a message); a bare path would be read as a local file, and only the command line
            // may name those.
            return SCHEME.matcher(href).find() ? href : null;
        }
        return abs;
    }

    static String resolve(String base, String relative) {
        try {
            return URI.create(base).resolve(relative.strip()).toString();
        } catch (IllegalArgumentException e) {
            return relative;
        }
    }

    /** The host without a leading {@code www.}, lower case, or {@code null}. */
    static String site(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isWeb(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The URL without its fragment, for de-duplication. */
    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
