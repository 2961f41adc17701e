package dev.lede.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Turns an HTTP response into a {@link Page}: content type, decompression, the size cap. */
final class PageReader {
    private static final int CHUNK = 16 * 1024;

    private PageReader() {
    }

    static Page read(URI url, HttpResponse<InputStream> response, long maxBytes) throws FetchException {
        String host = Fetcher.host(url);
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        String mediaType = MediaTypes.mediaType(contentType);
        if (mediaType != null && !MediaTypes.isReadable(mediaType)) {
            close(response.body());
            OptionalLong length = response.headers().firstValueAsLong("Content-Length");
            throw new FetchException(host + ": not an HTML page (" + mediaType
                    + (length.isPresent() ? ", " + MediaTypes.humanSize(length.getAsLong()) : "") + ")");
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity")
                .trim().toLowerCase(Locale.ROOT);
        byte[] body;
        try (InputStream in = decoding(response.body(), encoding, host)) {
            body = readCapped(in, maxBytes, host);
        } catch (IOException e) {
            throw new FetchException(host + ": " + (e.getMessage() == null ? "read failed" : e.getMessage()));
        }
        if (mediaType == null) {
            mediaType = MediaTypes.sniff(body);
            if (!MediaTypes.isReadable(mediaType)) {
                throw new FetchException(host + ": not an HTML page (" + mediaType + ", "
                        + MediaTypes.humanSize(body.length) + ")");
            }
        }
        return new Page(url, url, mediaType, body, Charsets.detect(body, contentType));
    }

    private static InputStream decoding(InputStream in, String encoding, String host)
            throws IOException, FetchException {
        return switch (encoding) {
            case "identity", "" -> in;
            case "gzip", "x-gzip" -> new GZIPInputStream(in, CHUNK);
            // "deflate" should be zlib-wrapped, but some servers send raw deflate; the header byte tells.
            case "deflate" -> Deflate.stream(in);
            default -> {
                close(in);
                throw new FetchException(host + ": unsupported content encoding " + encoding);
            }
        };
    }

    /** Reads at most {@code maxBytes}; more is an error, so a gzip bomb stops at the cap. */
    static byte[] readCapped(InputStream in, long maxBytes, String name) throws IOException, FetchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK);
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw new FetchException(name + ": page too large (over " + MediaTypes.humanSize(maxBytes) + ")");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Discarding the response.
        }
    }

    /** Zlib-wrapped or raw deflate, decided by the first byte. */
    static final class Deflate {
        private Deflate() {
        }

        static InputStream stream(InputStream in) throws IOException {
            java.io.PushbackInputStream pushback = new java.io.PushbackInputStream(in, 1);
            int first = pushback.read();
            if (first < 0) {
                return pushback;
            }
            pushback.unread(first);
            boolean zlib = (first & 0x0F) == 8;
            return new InflaterInputStream(pushback, new Inflater(!zlib), CHUNK);
        }
    }
}
