package dev.lede.fetch;

import java.util.Locale;

/** Addresses as they turn up in the wild: pasted, or in a server's Location header. */
public final class UriText {
    private UriText() {
    }

    /**
     * {@code address} with the characters a URI may not hold as they are (spaces, quotes,
     * braces, controls) percent-encoded, the way browsers send them; everything else, existing
     * escapes included, left alone.
     */
    public static String escapeIllegal(String address) {
        StringBuilder out = new StringBuilder(address.length());
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= ' ' || "\"<>\\^`{|}".indexOf(c) >= 0 || c == 0x7F) {
                out.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
