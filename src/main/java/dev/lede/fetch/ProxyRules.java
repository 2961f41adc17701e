package dev.lede.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which proxy an address goes through, read from the environment the way curl users expect:
 * {@code http_proxy} for http, {@code https_proxy} for https, {@code all_proxy} for both when
 * those are unset, and {@code no_proxy} for the hosts that go direct. Each name is looked up
 * in lower case, then upper case.
 *
 * <p>A {@code no_proxy} entry matches its host and every host under it ({@code example.com}
 * and {@code .example.com} both cover {@code news.example.com}); {@code *} covers everything;
 * {@code host:port} only that port; {@code 10.0.0.0/8} the IPv4 addresses in that block.
 * Immutable and thread-safe.
 */
public final class ProxyRules {
    /** curl's default when a proxy is named without a port. */
    static final int DEFAULT_PROXY_PORT = 1080;

    private static final ProxyRules NONE = new ProxyRules(null, null, List.of());

    private final InetSocketAddress http;
    private final InetSocketAddress https;
    private final List<String> noProxy;

    private ProxyRules(InetSocketAddress http, InetSocketAddress https, List<String> noProxy) {
        this.http = http;
        this.https = https;
        this.noProxy = List.copyOf(noProxy);
    }

    /** Every address goes direct. */
    public static ProxyRules none() {
        return NONE;
    }

    /**
     * The rules an environment sets.
     *
     * @param env variable name to value, e.g. {@code System.getenv()}
     * @return the rules; {@link #none()} when no proxy is set. A proxy value that cannot be
     *         read is ignored, as curl does with an unknown scheme.
     */
    public static ProxyRules fromEnvironment(Map<String, String> env) {
        InetSocketAddress all = address(lookup(env, "all_proxy"));
        InetSocketAddress http = address(lookup(env, "http_proxy"));
        InetSocketAddress https = address(lookup(env, "https_proxy"));
        http = http != null ? http : all;
        https = https != null ? https : all;
        if (http == null && https == null) {
            return NONE;
        }
        List<String> noProxy = new ArrayList<>();
        String list = lookup(env, "no_proxy");
        if (list != null) {
            for (String entry : list.split("[,\\s]+")) {
                String normal = entry.strip().toLowerCase(Locale.ROOT);
                if (!normal.isEmpty()) {
                    noProxy.add(normal);
                }
            }
        }
        return new ProxyRules(http, https, noProxy);
    }

    private static String lookup(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            value = env.get(name.toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** {@code host:port}, {@code http://host:port/}, with or without user info; other schemes are not proxies lede can use. */
    static InetSocketAddress address(String value) {
        if (value == null) {
            return null;
        }
        String withScheme = value.contains("://") ? value : "http://" + value;
        try {
            URI uri = URI.create(withScheme);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort() == -1 ? DEFAULT_PROXY_PORT : uri.getPort();
            return InetSocketAddress.createUnresolved(stripBrackets(uri.getHost()), port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The proxy for {@code uri}, or empty to go direct. */
    public Optional<InetSocketAddress> proxyFor(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        InetSocketAddress proxy = scheme.equals("https") ? https : scheme.equals("http") ? http : null;
        if (proxy == null || uri.getHost() == null) {
            return Optional.empty();
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return bypasses(stripBrackets(uri.getHost()).toLowerCase(Locale.ROOT), port) ? Optional.empty() : Optional.of(proxy);
    }

    private boolean bypasses(String host, int port) {
        String bare = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        for (String entry : noProxy) {
            if (entry.equals("*") || matches(entry, bare, port)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String entry, String host, int port) {
        String pattern = entry;
        int colon = pattern.lastIndexOf(':');
        if (colon > 0 && pattern.indexOf(':') == colon && pattern.chars().skip(colon + 1).allMatch(Character::isDigit)
                && colon + 1 < pattern.length()) {
            if (Integer.parseInt(pattern.substring(colon + 1)) != port) {
                return false;
            }
            pattern = pattern.substring(0, colon);
        }
        pattern = stripBrackets(pattern);
        if (pattern.contains("/")) {
            return Ipv4Block.contains(pattern, host);
        }
        if (pattern.startsWith("*.")) {
            pattern = pattern.substring(2);
        } else if (pattern.startsWith(".")) {
            pattern = pattern.substring(1);
        }
        if (pattern.endsWith(".")) {
            pattern = pattern.substring(0, pattern.length() - 1);
        }
        return !pattern.isEmpty() && (host.equals(pattern) || host.endsWith("." + pattern));
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** These rules as the selector {@link java.net.http.HttpClient} asks. */
    ProxySelector selector() {
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return proxyFor(uri).map(address -> List.of(new Proxy(Proxy.Type.HTTP, address)))
                        .orElse(List.of(Proxy.NO_PROXY));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
                // The failure reaches the fetch as an exception; nothing to remember.
            }
        };
    }

    /** Whether any proxy is configured. */
    public boolean isEmpty() {
        return http == null && https == null;
    }

    @Override
    public String toString() {
        return isEmpty() ? "none" : "http via " + name(http) + ", https via " + name(https)
                + (noProxy.isEmpty() ? "" : ", not for " + String.join(",", noProxy));
    }

    private static String name(InetSocketAddress address) {
        return address == null ? "none (direct)" : address.getHostString() + ":" + address.getPort();
    }

    /** IPv4 address blocks in CIDR notation, for {@code no_proxy=10.0.0.0/8}. */
    private static final class Ipv4Block {
        private Ipv4Block() {
        }

        static boolean contains(String block, String host) {
            int slash = block.indexOf('/');
            long network = parse(block.substring(0, slash));
            long address = parse(host);
            int bits;
            try {
                bits = Integer.parseInt(block.substring(slash + 1));
            } catch (NumberFormatException e) {
                return false;
            }
            if (network < 0 || address < 0 || bits < 0 || bits > 32) {
                return false;
            }
            long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
            return (network & mask) == (address & mask);
        }

        /** The address as a number, or -1 when it is not a dotted IPv4 address. */
        static long parse(String text) {
            String[] parts = text.split("\\.", -1);
            if (parts.length != 4) {
                return -1;
            }
            long value = 0;
            for (String part : parts) {
                if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                    return -1;
                }
                int octet = Integer.parseInt(part);
                if (octet > 255) {
                    return -1;
                }
                value = value << 8 | octet;
            }
            return value;
        }
    }
}
