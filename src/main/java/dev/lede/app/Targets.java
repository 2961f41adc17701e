package dev.lede.app;

import dev.lede.fetch.FetchException;
import dev.lede.fetch.UriText;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** What an argument names: a web address, another scheme, or a local file. */
final class Targets {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private Targets() {
    }

    static boolean isWeb(String target) {
        String lower = target.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Whether the target names a scheme lede does not read (javascript:, data:, ftp:, ...). */
    static boolean isOtherScheme(String target) {
        return !isWeb(target) && SCHEME.matcher(target).find() && !target.matches("^[A-Za-z]:[\\\\/].*");
    }

    /** A web address as a URI, international host names in their ASCII (punycode) form. */
    static URI webUri(String target) throws FetchException {
        try {
            URI uri = new URI(UriText.escapeIllegal(target.strip()));
            if (uri.getHost() == null && uri.getRawAuthority() != null) {
                String authority = uri.getAuthority();
                int colon = authority.lastIndexOf(':');
                String host = colon > 0 && authority.indexOf(']') < colon ? authority.substring(0, colon) : authority;
                int port = host.equals(authority) ? -1 : Integer.parseInt(authority.substring(colon + 1));
                uri = new URI(uri.getScheme(), null, IDN.toASCII(host, IDN.ALLOW_UNASSIGNED), port,
                        uri.getPath(), uri.getQuery(), uri.getFragment());
            }
            if (uri.getHost() == null) {
                throw new FetchException("not a valid web address: " + target);
            }
            return uri;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("not a valid web address: " + target);
        }
    }
}
