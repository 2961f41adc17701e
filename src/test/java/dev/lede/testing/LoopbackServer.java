package dev.lede.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 with tiny routes, counting the requests it answered. */
public final class LoopbackServer implements AutoCloseable {
    /** Answers one exchange. */
    @FunctionalInterface
    public interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<HttpExchange> seen = new CopyOnWriteArrayList<>();

    public LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** Serves {@code path} with {@code route}. */
    public LoopbackServer route(String path, Route route) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            seen.add(exchange);
            try {
                route.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    /** Serves {@code path} with a fixed status, type and UTF-8 body. */
    public LoopbackServer page(String path, int status, String type, String body) {
        return route(path, exchange -> send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Sends a complete response. */
    public static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Redirects {@code path} to {@code location} with a 302. */
    public LoopbackServer redirect(String path, String location) {
        return route(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
        });
    }

    /** {@code http://127.0.0.1:port} followed by {@code path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code 127.0.0.1:port}, as failure messages name the host. */
    public String host() {
        return "127.0.0.1:" + port();
    }

    /** Requests answered so far. */
    public int requests() {
        return requests.get();
    }

    /** The exchanges answered so far, to read their request headers. */
    public List<HttpExchange> exchanges() {
        return seen;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
