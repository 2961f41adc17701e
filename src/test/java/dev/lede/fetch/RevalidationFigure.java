package dev.lede.fetch;

import dev.lede.testing.LoopbackServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A figure, not a test: time and bytes on the wire for a ~1 MB page fetched whole (200)
 * against the same page revalidated (304), median of several runs over loopback. The bytes
 * are counted by a relay between client and server, so they include headers.
 *
 * <p>Run: {@code mvn -B -q -o test-compile && java -cp target/classes:target/test-classes dev.lede.fetch.RevalidationFigure}
 */
public final class RevalidationFigure {
    private static final int RUNS = 15;
    private static final int WARMUP = 5;

    private RevalidationFigure() {
    }

    public static void main(String[] args) throws Exception {
        byte[] page = ("<html><body><article>" + "<p>A paragraph of an article that goes on for a while, as long reads do.</p>\n"
                .repeat(14_000) + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
        LoopbackServer origin = new LoopbackServer().route("/long-read", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", page);
            }
        });
        Relay relay = new Relay(origin.port());
        URI url = URI.create("http://127.0.0.1:" + relay.port() + "/long-read");
        Path dir = Files.createTempDirectory("lede-figure");
        DiskCache cache = new DiskCache(dir, DiskCache.DEFAULT_MAX_BYTES, Clock.systemUTC());
        CachingFetcher fetcher = new CachingFetcher(new Fetcher(FetchOptions.defaults("figure")), cache, false,
                Clock.systemUTC());

        long[][] full = measure(fetcher, url, true, relay);
        long[][] revalidated = measure(fetcher, url, false, relay);
        System.out.printf(Locale.ROOT, "page: %d bytes, %d runs each (after %d warm-up), loopback%n",
                page.length, RUNS, WARMUP);
        System.out.printf(Locale.ROOT, "200 full fetch:    median %.2f ms, %d bytes from server%n",
                median(full[0]) / 1e6, median(full[1]));
        System.out.printf(Locale.ROOT, "304 revalidation:  median %.2f ms, %d bytes from server%n",
                median(revalidated[0]) / 1e6, median(revalidated[1]));
        relay.close();
        origin.close();
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    private static long[][] measure(CachingFetcher fetcher, URI url, boolean reload, Relay relay) throws Exception {
        long[] nanos = new long[RUNS];
        long[] bytes = new long[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            long before = relay.bytesToClient.get();
            long start = System.nanoTime();
            Page page = fetcher.fetch(url, reload);
            long took = System.nanoTime() - start;
            if (page.body().length < 1_000_000) {
                throw new IllegalStateException("short page: " + page.body().length);
            }
            if (i >= 0) {
                nanos[i] = took;
                bytes[i] = relay.bytesToClient.get() - before;
            }
        }
        return new long[][] {nanos, bytes};
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A TCP relay that counts the bytes the server sends the client. */
    private static final class Relay implements AutoCloseable {
        final AtomicLong bytesToClient = new AtomicLong();
        private final ServerSocket socket;

        Relay(int targetPort) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket client = socket.accept();
                        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                        pipe(client.getInputStream(), server.getOutputStream(), null);
                        pipe(server.getInputStream(), client.getOutputStream(), bytesToClient);
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private static void pipe(InputStream in, OutputStream out, AtomicLong counter) {
            Thread thread = new Thread(() -> {
                byte[] buffer = new byte[64 * 1024];
                try (in; out) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        if (counter != null) {
                            counter.addAndGet(n); // before the client can see them
                        }
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                } catch (IOException ignored) {
                    // one side closed
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
