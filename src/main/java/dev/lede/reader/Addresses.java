package dev.lede.reader;

import java.util.Locale;
import java.util.regex.Pattern;

/** What the reader typed into the Open prompt, as a target the loader understands. */
final class Addresses {
    /** A bare host name with at least one dot (or localhost), an optional port and path: "example.com/x". */
    private static final Pattern BARE_HOST = Pattern.compile(
            "^(localhost|[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+)(:\\d{1,5})?([/?#].*)?$");
    /** Last labels that mean a file name ("story.html") rather than a host. */
    private static final Pattern FILE_SUFFIX = Pattern.compile("\\.(html?|xhtml|gz|txt|md)$", Pattern.CASE_INSENSITIVE);

    private Addresses() {
    }

    /**
     * The target for {@code typed}: web addresses as typed, a bare host ("example.com/news")
     * as https, anything else (a path) as a file name.
     */
    static String normalise(String typed) {
        String text = typed.strip();
        if (text.contains("://")) {
            return text;
        }
        if (text.toLowerCase(Locale.ROOT).startsWith("www.") || isBareHost(text)) {
            return "https://" + text;
        }
        return text;
    }

    private static boolean isBareHost(String text) {
        if (!BARE_HOST.matcher(text).matches()) {
            return false;
        }
        int end = text.length();
        for (char stop : new char[] {'/', '?', '#', ':'}) {
            int at = text.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return !FILE_SUFFIX.matcher(text.substring(0, end)).find();
    }
}
