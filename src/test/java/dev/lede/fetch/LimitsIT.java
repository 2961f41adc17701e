package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.RawServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Servers that stall, trickle or never end: each limit fires within its bound and the reader
 * gets one line saying which. The bounds are generous; the point is that the fetch ends.
 */
class LimitsIT {
    /** Far above every limit set here, far below "forever". */
    private static final long BOUND_MILLIS = 30_000;

    /** Generous limits: a loaded build machine must not trip them where the test means another limit. */
    private static final FetchOptions OPTIONS = FetchOptions.defaults("test")
            .withReadTimeout(Duration.ofSeconds(10)).withTimeout(Duration.ofSeconds(20)).withMaxBytes(1024 * 1024);
    /** A short silence limit under a long deadline, for the tests of silence. */
    private static final FetchOptions QUICK_SILENCE = OPTIONS.withReadTimeout(Duration.ofSeconds(1));

    @Test
    void serverThatNeverAnswers_timesOutWaitingForTheResponse() {
        try (RawServer silent = new RawServer(socket -> {
            RawServer.readHead(socket);
            Thread.sleep(BOUND_MILLIS * 2);
        })) {
            assertEquals(silent.host() + ": timed out waiting 1 s for a response", failure(silent, QUICK_SILENCE));
        }
    }

    @Test
    void serverThatStallsMidBody_timesOutOnSilence() {
        try (RawServer staller = new RawServer(socket -> {
            RawServer.readHead(socket);
            OutputStream out = socket.getOutputStream();
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html><p>"));
            out.flush();
            Thread.sleep(BOUND_MILLIS * 2);
        })) {
            String message = failure(staller, QUICK_SILENCE);
            // The silence limit, not the deadline; on a loaded machine the headers may be what it caught.
            assertTrue(message.equals(staller.host() + ": timed out: no data for 1 s")
                    || message.equals(staller.host() + ": timed out waiting 1 s for a response"), message);
        }
    }

    @Test
    void serverThatTrickles_hitsTheTotalDeadline() {
        try (RawServer trickler = new RawServer(socket -> {
            RawServer.readHead(socket);
            OutputStream out = socket.getOutputStream();
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"));
            for (int i = 0; i < 100_000; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(50);
            }
        })) {
            FetchOptions options = OPTIONS.withTimeout(Duration.ofSeconds(2)).withReadTimeout(Duration.ofSeconds(10));
            assertEquals(trickler.host() + ": timed out after 2 s", failure(trickler, options));
        }
    }

    @Test
    void endlessBody_stopsAtTheCap() {
        try (RawServer endless = new RawServer(socket -> {
            RawServer.readHead(socket);
            OutputStream out = socket.getOutputStream();
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html>"));
            byte[] chunk = ascii("<p>more and more</p>\n".repeat(500));
            while (true) {
                out.write(chunk);
            }
        })) {
            assertEquals(endless.host() + ": page too large (over 1.0 MB)", failure(endless, OPTIONS));
        }
    }

    @Test
    void declaredLengthOverTheCap_isRefusedBeforeReading() {
        try (RawServer huge = new RawServer(socket -> {
            RawServer.readHead(socket);
            OutputStream out = socket.getOutputStream();
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 20971520\r\n\r\n<html>"));
            out.flush();
            Thread.sleep(BOUND_MILLIS * 2); // it would stall; the length alone is enough to refuse it
        })) {
            assertEquals(huge.host() + ": page too large (20.0 MB, over 1.0 MB)", failure(huge, OPTIONS));
        }
    }

    @Test
    void bodyCutShort_saysTheServerClosedTheConnection() {
        try (RawServer cutter = new RawServer(socket -> {
            RawServer.readHead(socket);
            OutputStream out = socket.getOutputStream();
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<html><p>only"));
            out.flush();
        })) {
            assertEquals(cutter.host() + ": the server closed the connection before the page ended",
                    failure(cutter, OPTIONS));
        }
    }

    @Test
    void serverThatDoesNotSpeakHttp_isOneLine() {
        try (RawServer babbler = new RawServer(socket -> {
            RawServer.readHead(socket);
            socket.getOutputStream().write(ascii("SSH-2.0-OpenSSH_9.6\r\n\r\n"));
            socket.getOutputStream().flush();
        })) {
            String message = failure(babbler, OPTIONS);
            assertTrue(message.startsWith(babbler.host() + ": not an HTTP server"), message);
        }
    }

    @Test
    void gzipBomb_stopsAtTheCapCountedAfterDecompression() throws IOException {
        byte[] bomb = gzipOfZeros(48L * 1024 * 1024); // 48 times the cap
        assertTrue(bomb.length < 1024 * 1024, "the compressed bomb itself is under the cap");
        try (RawServer bomber = new RawServer(socket -> {
            RawServer.readHead(socket);
            OutputStream out = socket.getOutputStream();
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                    + "Content-Length: " + bomb.length + "\r\n\r\n"));
            out.write(bomb);
            out.flush();
        })) {
            Runtime runtime = Runtime.getRuntime();
            long before = runtime.totalMemory() - runtime.freeMemory();
            assertEquals(bomber.host() + ": page too large (over 1.0 MB)", failure(bomber, OPTIONS));
            long after = runtime.totalMemory() - runtime.freeMemory();
            assertTrue(after - before < 64L * 1024 * 1024, "memory grew by " + (after - before));
        }
    }

    private static String failure(RawServer server, FetchOptions options) {
        Fetcher fetcher = new Fetcher(options);
        long start = System.nanoTime();
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(server.url("/"))));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < BOUND_MILLIS, "took " + millis + " ms");
        return e.getMessage();
    }

    private static byte[] gzipOfZeros(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] zeros = new byte[64 * 1024];
        try (OutputStream out = new GZIPOutputStream(bytes, 64 * 1024)) {
            for (long written = 0; written < size; written += zeros.length) {
                out.write(zeros);
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
