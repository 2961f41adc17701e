package dev.lede.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses lede's configuration: one {@code key = value} per line, {@code #} starting a comment
 * line, blank lines ignored. A line that is wrong is reported and skipped; the rest still counts,
 * so one typo never stops lede from starting.
 */
public final class ConfigFile {
    /** The keys a file may set, for the message about a wrong one. */
    public static final String ALLOWED_KEYS =
            "width, theme, prefetch, timeout, user-agent, proxy, browser-terminal, spare, key.<action>";

    /** The smallest measure a file may ask for (the layout's own minimum). */
    private final int minWidth;

    public ConfigFile(int minWidth) {
        this.minWidth = minWidth;
    }

    /** The settings in {@code text}, and one line for each mistake. */
    public record Parsed(Settings settings, List<String> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param source how to name the file in messages (its path)
     * @param text   the file's contents
     */
    public Parsed parse(String source, String text) {
        Builder settings = new Builder();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String where = source + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                problems.add(where + ": expected key = value, got '" + line + "'");
                continue;
            }
            String key = line.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(equals + 1).strip();
            String problem = settings.set(key, value, where);
            if (problem != null) {
                problems.add(where + ": " + problem);
            }
        }
        return new Parsed(settings.build(), problems);
    }

    /** The settings as they are filled in, line by line. */
    private final class Builder {
        private Integer width;
        private Boolean color;
        private Integer prefetch;
        private Integer timeout;
        private String userAgent;
        private String proxy;
        private Boolean browserTerminal;
        private Boolean spare;
        private final List<Settings.KeyBinding> keys = new ArrayList<>();

        /** Sets {@code key}, or says why it cannot (then nothing changes). */
        String set(String key, String value, String where) {
            if (key.startsWith("key.") && key.length() > 4) {
                keys.add(new Settings.KeyBinding(key.substring(4), value, where));
                return null;
            }
            switch (key) {
                case "width" -> {
                    Integer n = number(value, minWidth);
                    if (n == null) {
                        return "width must be a whole number of columns, " + minWidth + " or more, not '" + value + "'";
                    }
                    width = n;
                }
                case "theme" -> {
                    switch (value.toLowerCase(Locale.ROOT)) {
                        case "color", "colour" -> color = true;
                        case "mono" -> color = false;
                        default -> {
                            return "theme must be color or mono, not '" + value + "'";
                        }
                    }
                }
                case "prefetch" -> {
                    Integer n = number(value, 0);
                    if (n == null) {
                        return "prefetch must be a whole number, 0 or more, not '" + value + "'";
                    }
                    prefetch = n;
                }
                case "timeout" -> {
                    Integer n = number(value, 1);
                    if (n == null) {
                        return "timeout must be a whole number of seconds, 1 or more, not '" + value + "'";
                    }
                    timeout = n;
                }
                case "user-agent" -> {
                    if (value.isEmpty() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                        return "user-agent must be printable text, not empty";
                    }
                    userAgent = value;
                }
                case "proxy" -> {
                    if (!value.equals("direct") && !isProxyAddress(value)) {
                        return "proxy must be http://HOST:PORT or direct, not '" + value + "'";
                    }
                    proxy = value;
                }
                case "browser-terminal" -> {
                    switch (value.toLowerCase(Locale.ROOT)) {
                        case "true", "yes" -> browserTerminal = true;
                        case "false", "no" -> browserTerminal = false;
                        default -> {
                            return "browser-terminal must be true or false, not '" + value + "'";
                        }
                    }
                }
                case "spare" -> {
                    switch (value.toLowerCase(Locale.ROOT)) {
                        case "on" -> spare = true;
                        case "off" -> spare = false;
                        default -> {
                            return "spare must be on or off, not '" + value + "'";
                        }
                    }
                }
                default -> {
                    return "unknown key '" + key + "'; allowed: " + ALLOWED_KEYS;
                }
            }
            return null;
        }

        Settings build() {
            return new Settings(width, color, prefetch, timeout, userAgent, proxy, keys, browserTerminal, spare);
        }
    }

    private static Integer number(String value, int least) {
        try {
            int n = Integer.parseInt(value);
            return n >= least ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isProxyAddress(String value) {
        try {
            URI uri = new URI(value);
            return "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
