package dev.lede.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which character set a page's bytes are in, in the order browsers trust: a byte
 * order mark, the Content-Type header, an XML declaration's {@code encoding} (feeds), a
 * {@code <meta>} declaration near the start, then
 * UTF-8 when the bytes are valid UTF-8 and windows-1252 when they are not.
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
     * The charset of {@code body}.
     *
     * @param body        the page's bytes
     * @param contentType the Content-Type header value, or {@code null}
     * @return the charset to decode with; never {@code null}
     */
    public static Charset detect(byte[] body, String contentType) {
        Charset bom = fromBom(body);
        if (bom != null) {
            return bom;
        }
        Charset declared = contentType == null ? null : fromPattern(HEADER_CHARSET, contentType);
        if (declared != null) {
            return declared;
        }
        String head = new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Charset xml = fromPattern(XML_DECLARATION, head);
        if (xml != null) {
            return xml.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : xml;
        }
        Charset meta = fromPattern(META_CHARSET, head);
        if (meta != null) {
            // A page that claims UTF-16 in ASCII-compatible bytes is wrong about itself (HTML spec).
            return meta.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : meta;
        }
        return isValidUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1252;
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

    private static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
