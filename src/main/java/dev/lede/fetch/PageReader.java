package dev.lede.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Turns an HTTP response into a {@link Page}: content type, decompression, the size cap. */
final class PageReader {
    private static final int CHUNK = 16 * 1024;

    private PageReader() {
    }

    /**
     * Reads a response's body into a page.
     *
     * @param cutOff why the body stream was closed under the reader, or {@code null} when it was not
     */
    static Page read(URI url, HttpHeaders headers, InputStream body, long maxBytes, Supplier<String> cutOff)
            throws FetchException {
        String host = Fetcher.host(url);
        String contentType = headers.firstValue("Content-Type").orElse(null);
        String mediaType = MediaTypes.mediaType(contentType);
        if (mediaType != null && !MediaTypes.isReadable(mediaType)) {
            close(body);
            OptionalLong length = headers.firstValueAsLong("Content-Length");
            throw new FetchException(host + ": not an HTML page (" + mediaType
                    + (length.isPresent() ? ", " + MediaTypes.humanSize(length.getAsLong()) : "") + ")");
        }
        String encoding = headers.firstValue("Content-Encoding").orElse("identity")
                .trim().toLowerCase(Locale.ROOT);
        OptionalLong declared = headers.firstValueAsLong("Content-Length");
        if (encoding.equals("identity") && declared.isPresent() && declared.getAsLong() > maxBytes) {
            close(body); // no need to read what would be thrown away
            throw new FetchException(host + ": page too large (" + MediaTypes.humanSize(declared.getAsLong())
                    + ", over " + MediaTypes.humanSize(maxBytes) + ")");
        }
        byte[] bytes;
        try (InputStream in = decoding(body, encoding, host)) {
            bytes = readCapped(in, maxBytes, host);
        } catch (IOException e) {
            String reason = cutOff.get();
            if (reason != null) {
                throw new FetchException(host + ": " + reason);
            }
            throw new FetchException(host + ": " + readFailure(e, encoding));
        } finally {
            close(body);
        }
        if (mediaType == null) {
            mediaType = MediaTypes.sniff(bytes);
            if (!MediaTypes.isReadable(mediaType)) {
                throw new FetchException(host + ": not an HTML page (" + mediaType + ", "
                        + MediaTypes.humanSize(bytes.length) + ")");
            }
        }
        return Page.decided(url, url, mediaType, bytes, Charsets.decide(bytes, contentType));
    }

    private static String readFailure(IOException e, String encoding) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.EOFException && encoding.equals("identity")
                    || cause != e && cause instanceof java.io.EOFException) {
                return "the server closed the connection before the page ended";
            }
        }
        if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException && !encoding.equals("identity")) {
            return "damaged " + encoding + " body (" + (e.getMessage() == null ? "truncated" : e.getMessage()) + ")";
        }
        return "reading the page failed (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
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
