package dev.lede.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Serves the demo edition on 127.0.0.1 at an ephemeral port, for as long as the program runs.
 * Only loopback: nothing outside the machine can reach it.
 */
public final class DemoServer implements AutoCloseable {
    private final Future<DemoEdition> edition;
    private final HttpServer server;
    private final ExecutorService executor;
    private final String base;

    private DemoServer(Future<DemoEdition> edition, HttpServer server, ExecutorService executor) {
        this.edition = edition;
        this.server = server;
        this.executor = executor;
        this.base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Starts serving {@code edition}. */
    public static DemoServer start(DemoEdition edition) {
        return start(CompletableFuture.completedFuture(edition));
    }

    /**
     * Starts serving the edition {@code edition} will give, which may still be loading: the
     * server starts meanwhile, and requests wait for the edition.
     */
    public static DemoServer start(Future<DemoEdition> edition) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "lede-demo-server");
                thread.setDaemon(true);
                return thread;
            });
            DemoServer demo = new DemoServer(edition, server, executor);
            server.createContext("/", demo::handle);
            server.setExecutor(executor);
            server.start();
            return demo;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo server on 127.0.0.1", e);
        }
    }

    /** The server's root, e.g. {@code http://127.0.0.1:40123}. */
    public String base() {
        return base;
    }

    /** The URL of {@code article} on this server. */
    public String url(DemoArticle article) {
        return base + article.path();
    }

    /** The URL of the lead article. */
    public String leadUrl() {
        return url(edition().lead());
    }

    /** The edition served, once it has loaded. */
    public DemoEdition edition() {
        try {
            return edition.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the demo edition loaded", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the demo edition did not load: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            DemoEdition edition = edition();
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
                return;
            }
            if (path.equals("/")) {
                send(exchange, 200, "text/html; charset=utf-8", edition.frontPage());
                return;
            }
            if (path.equals(DemoEdition.FEED_PATH)) {
                send(exchange, 200, "application/rss+xml; charset=utf-8", edition.feed(base));
                return;
            }
            Optional<DemoArticle> article = edition.byPath(path);
            if (article.isPresent()) {
                send(exchange, 200, "text/html; charset=utf-8", edition.page(article.get(), base));
            } else {
                send(exchange, 404, "text/html; charset=utf-8",
                        "<!DOCTYPE html><title>Not found</title><h1>Not found</h1><p>No such page in the demo edition.</p>\n");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
