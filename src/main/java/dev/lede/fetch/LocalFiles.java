package dev.lede.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads pages from files named on the command line; gzip is recognised by its magic bytes. */
public final class LocalFiles {
    private LocalFiles() {
    }

    /**
     * Reads {@code path} as a page.
     *
     * @param maxBytes cap on the (decompressed) size
     * @throws FetchException when the file is missing, unreadable, too large or not HTML
     */
    public static Page read(Path path, long maxBytes) throws FetchException {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new FetchException(name + ": is a directory");
        }
        byte[] body;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path));
             InputStream in = gunzipIfCompressed(raw)) {
            body = PageReader.readCapped(in, maxBytes, name);
        } catch (NoSuchFileException e) {
            throw new FetchException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new FetchException(name + ": permission denied");
        } catch (IOException e) {
            throw new FetchException(name + ": cannot read (" + e.getMessage() + ")");
        }
        String mediaType = MediaTypes.sniff(body);
        if (!MediaTypes.isReadable(mediaType)) {
            throw new FetchException(name + ": not an HTML file (" + mediaType + ")");
        }
        return Page.decided(null, path.toAbsolutePath().toUri(), mediaType, body, Charsets.decide(body, null));
    }

    private static InputStream gunzipIfCompressed(InputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1F && b1 == 0x8B ? new GZIPInputStream(in, 16 * 1024) : in;
    }
}
