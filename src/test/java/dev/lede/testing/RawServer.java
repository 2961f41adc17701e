package dev.lede.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on 127.0.0.1 that does whatever its handler does with each connection: stall,
 * trickle, never end, speak something that is not HTTP. For servers that misbehave.
 */
public final class RawServer implements AutoCloseable {
    /** Handles one accepted connection; the socket is closed afterwards. */
    @FunctionalInterface
    public interface Handler {
        void handle(Socket socket) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    public RawServer(Handler handler) {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    open.add(client);
                    Thread worker = new Thread(() -> {
                        try (client) {
                            handler.handle(client);
                        } catch (IOException | InterruptedException ignored) {
                            // the client went away or the server is stopping
                        }
                    }, "raw-server-connection");
                    worker.setDaemon(true);
                    worker.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "raw-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Reads the request head (up to the blank line) and returns it. */
    public static String readHead(Socket client) throws IOException {
        StringBuilder head = new StringBuilder();
        var in = client.getInputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    public int port() {
        return socket.getLocalPort();
    }

    public String host() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket client : open) {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
