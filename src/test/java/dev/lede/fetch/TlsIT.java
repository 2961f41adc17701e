package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.lede.testing.IsolatedHome;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages over TLS, fetched by the packaged program from a loopback HTTPS server whose certificate
 * keytool makes for the test: a server the trust store vouches for is read; one it does not, or
 * one whose certificate names another host, is refused with one line. The trusted certificates
 * load when the first TLS connection needs them, and every check is still the platform's.
 */
class TlsIT {
    private static final Path JAR = Path.of("target", "lede.jar").toAbsolutePath();
    private static final String PASSWORD = "changeit";
    private static final String PAGE = "<!DOCTYPE html><html><head><title>Sealed</title></head><body><article>"
            + "<h1>Harbour pilots sign a sealed agreement</h1><p>The pilots of the northern harbour agreed on "
            + "Tuesday to new rules for night crossings, after a winter in which three ferries ran aground in fog "
            + "that the old radar could not see through. The rules take effect in the spring.</p></article></body></html>";

    @TempDir
    Path dir;

    private HttpsServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void trustedCertificateForTheHost_thePageIsRead() throws Exception {
        Path trust = serveWithCertificateFor("ip:127.0.0.1");
        Run run = dump(trust);
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("Harbour pilots sign a sealed agreement"), run.output());
    }

    @Test
    void certificateNoTrustStoreVouchesFor_isRefusedInOneLine() throws Exception {
        serveWithCertificateFor("ip:127.0.0.1");
        Run run = dump(null); // the JDK's own trusted certificates: not this test's
        assertEquals(1, run.status(), run.output());
        assertFalse(run.output().contains("Harbour pilots"), run.output());
        assertOneLineAboutTheHost(run);
        assertTrue(run.output().contains("not from an authority this system trusts"), run.output());
    }

    @Test
    void trustedCertificateForAnotherHost_isRefusedInOneLine() throws Exception {
        Path trust = serveWithCertificateFor("dns:news.example.org");
        Run run = dump(trust);
        assertEquals(1, run.status(), run.output());
        assertFalse(run.output().contains("Harbour pilots"), run.output());
        assertOneLineAboutTheHost(run);
        assertTrue(run.output().contains("for another host"), run.output());
    }

    private static void assertOneLineAboutTheHost(Run run) {
        List<String> lines = run.output().lines().toList();
        assertEquals(1, lines.size(), run.output());
        assertTrue(lines.get(0).startsWith("lede: 127.0.0.1"), run.output());
        assertFalse(run.output().contains("Exception"), run.output());
        assertFalse(run.output().contains("sun.security"), run.output());
    }

    /** Starts the server with a new certificate naming {@code subjectAltName}; returns a trust store holding it. */
    private Path serveWithCertificateFor(String subjectAltName) throws Exception {
        Path keys = dir.resolve("server.p12");
        Path certificate = dir.resolve("server.cer");
        Path trust = dir.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=lede test server", "-ext", "SAN=" + subjectAltName, "-validity", "2",
                "-keystore", keys.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        keytool("-exportcert", "-alias", "server", "-keystore", keys.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", certificate.toString(),
                "-keystore", trust.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/story", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return trust;
    }

    private Run dump(Path trustStore) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaTool("java")));
        if (trustStore != null) {
            command.add("-Djavax.net.ssl.trustStore=" + trustStore);
            command.add("-Djavax.net.ssl.trustStorePassword=" + PASSWORD);
        }
        command.addAll(List.of("-jar", JAR.toString(), "--dump",
                "https://127.0.0.1:" + server.getAddress().getPort() + "/story"));
        Path out = dir.resolve("out.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        IsolatedHome.into(builder.environment(), dir);
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "lede did not finish");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    private void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaTool("keytool")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("keytool.log").toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool did not finish");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("keytool.log")));
    }

    private static String javaTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private record Run(int status, String output) {
    }
}
