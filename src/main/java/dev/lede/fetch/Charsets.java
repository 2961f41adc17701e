package dev.lede.fetch;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which character set a page's bytes are in, in the WHATWG encoding-sniffing order: a
 * byte order mark, the Content-Type header, an XML declaration's {@code encoding} (feeds), a
 * {@code <meta>} declaration near the start. A declaration is then checked against the bytes:
 * bytes that are valid UTF-8 and that the declared charset would misread (see {@link Utf8Lies})
 * are read as UTF-8, with a note saying so. A page that declares nothing is UTF-8 when its
 * bytes are valid UTF-8, else what a charset detector makes of them ({@link UndeclaredCharsets}),
 * else windows-1252.
 */
public final class Charsets {
    /** How far into the document a {@code <meta charset>} is looked for (the HTML spec's prescan uses 1024). */
    static final int PRESCAN_BYTES = 4096;

    private static final Pattern HEADER_CHARSET =
            Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    /** A feed says its encoding in the XML declaration, which must come first. */
    private static final Pattern XML_DECLARATION =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {
    }

    /**
     * What {@link #decide} chose.
     *
     * @param charset the charset to decode with; never {@code null}
     * @param note    one line for {@code --verbose} when the page's own declaration was overruled
     *                or a detector had to guess, else {@code null}
     */
    public record Decision(Charset charset, String note) {
        public Decision {
            java.util.Objects.requireNonNull(charset, "charset");
        }
    }

    /**
     * The charset of {@code body}.
     *
     * @param body        the page's bytes
     * @param contentType the Content-Type header value, or {@code null}
     * @return the charset to decode with; never {@code null}
     */
    public static Charset detect(byte[] body, String contentType) {
        return decide(body, contentType).charset();
    }

    /**
     * The charset of {@code body}, and why when it is not what the page says.
     *
     * @param body        the page's bytes
     * @param contentType the Content-Type header value, or {@code null}
     */
    public static Decision decide(byte[] body, String contentType) {
        Charset bom = fromBom(body);
        if (bom != null) {
            return new Decision(bom, null);
        }
        Charset header = contentType == null ? null : fromPattern(HEADER_CHARSET, contentType);
        if (header != null) {
            return checked(body, header, "the HTTP header");
        }
        String head = new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Charset xml = fromPattern(XML_DECLARATION, head);
        if (xml != null) {
            return checked(body, xml.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : xml,
                    "the XML declaration");
        }
        Charset meta = fromPattern(META_CHARSET, head);
        if (meta != null) {
            // A page that claims UTF-16 in ASCII-compatible bytes is wrong about itself (HTML spec).
            return checked(body, meta.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : meta,
                    "a <meta> tag");
        }
        if (Utf8Lies.isValidUtf8(body)) {
            return new Decision(StandardCharsets.UTF_8, null); // the common case: no detector loaded
        }
        Charset guessed = UndeclaredCharsets.guess(body);
        if (guessed == null) {
            return new Decision(WINDOWS_1252, "no charset declared and the bytes are not UTF-8; read as windows-1252");
        }
        return new Decision(guessed, "no charset declared and the bytes are not UTF-8; detected " + guessed.name());
    }

    /** The declared charset, unless the bytes are UTF-8 that it would misread. */
    private static Decision checked(byte[] body, Charset declared, String where) {
        if (Utf8Lies.misreads(body, declared)) {
            return new Decision(StandardCharsets.UTF_8, "declared " + declared.name() + " in " + where
                    + ", but the bytes are UTF-8 that " + declared.name() + " would garble; read as UTF-8");
        }
        return new Decision(declared, null);
    }

    static Charset fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset fromPattern(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? forLabel(m.group(1)) : null;
    }

    /**
     * The charset for an encoding label as pages write it, mapping labels the way browsers
     * do (ISO-8859-1 and ASCII mean windows-1252); {@code null} when unknown.
     */
    static Charset forLabel(String label) {
        String name = label.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252" -> {
                return WINDOWS_1252;
            }
            case "utf8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
    }
}
