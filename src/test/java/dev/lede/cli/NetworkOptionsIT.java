package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.LoopbackServer;
import dev.lede.testing.RawServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The network options as a user types them: --timeout, --user-agent, --prefetch. */
class NetworkOptionsIT {
    @TempDir
    Path cacheDir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LedeCommand.commandLine(System.getenv());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void timeout_bringsTheDeadlineIn_andTheNextInputStillRuns() {
        try (RawServer trickler = new RawServer(socket -> {
            RawServer.readHead(socket);
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100_000; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(100);
            }
        }); LoopbackServer fine = new LoopbackServer().page("/ok", 200, "text/html",
                "<html><title>Fine</title><body><article><h1>Fine</h1><p>A page that arrives at once, whole,"
                        + " and reads like an article should read.</p></article></body></html>")) {
            long start = System.nanoTime();
            Run run = run("--dump", "--timeout", "1", "--cache-dir", cacheDir.toString(), trickler.url("/"),
                    fine.url("/ok"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(1, run.exit());
            assertEquals("lede: " + trickler.host() + ": timed out after 1 s\n", run.err());
            assertTrue(run.out().contains("Fine"), run.out());
            assertTrue(millis < 10_000, "took " + millis + " ms");
        }
    }

    @Test
    void userAgent_isSent() {
        try (LoopbackServer server = new LoopbackServer().route("/ua", exchange -> LoopbackServer.send(exchange, 200,
                "text/plain", exchange.getRequestHeaders().getFirst("User-Agent").getBytes(StandardCharsets.UTF_8)))) {
            Run custom = run("--dump", "--user-agent", "TestAgent/1.0", "--cache-dir", cacheDir.toString(),
                    server.url("/ua"));
            assertTrue(custom.out().contains("TestAgent/1.0"), custom.out());
            Run standard = run("--dump", "--cache-dir", cacheDir.resolve("other").toString(), server.url("/ua"));
            assertTrue(standard.out().contains("lede/"), standard.out());
        }
    }

    @Test
    void negativePrefetch_isAUsageError() {
        Run run = run("--prefetch", "-1", "--dump", "page.html");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("lede: --prefetch must be 0 or more"), run.err());
    }
}
