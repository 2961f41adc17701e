package dev.lede.fetch;

import java.util.Locale;

/** Media types: which lede reads, and what to call the rest. */
final class MediaTypes {
    private MediaTypes() {
    }

    /** The media type of a Content-Type value, lower case without parameters, or {@code null}. */
    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return type.isEmpty() ? null : type.toLowerCase(Locale.ROOT);
    }

    /** Pages and feeds: HTML, plain text, and XML (read when it turns out to be an RSS or Atom feed). */
    static boolean isReadable(String mediaType) {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")
                || mediaType.equals("text/plain") || isXml(mediaType);
    }

    /** RSS, Atom and plain XML, which may hold a feed. */
    static boolean isXml(String mediaType) {
        return mediaType.equals("application/rss+xml") || mediaType.equals("application/atom+xml")
                || mediaType.equals("application/xml") || mediaType.equals("text/xml")
                || mediaType.equals("application/rdf+xml");
    }

    /** A guess from the first bytes, for servers that send no Content-Type. */
    static String sniff(byte[] body) {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF) {
            i = 3;
        }
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        if (i < body.length && body[i] == '<') {
            return "text/html";
        }
        if (startsWith(body, "%PDF")) {
            return "application/pdf";
        }
        if (body.length > 1 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B) {
            return "application/gzip";
        }
        for (int j = 0; j < Math.min(body.length, 512); j++) {
            if (body[j] == 0) {
                return "application/octet-stream";
            }
        }
        return "text/plain";
    }

    private static boolean startsWith(byte[] body, String prefix) {
        if (body.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (body[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
