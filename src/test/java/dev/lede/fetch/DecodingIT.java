package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import dev.lede.testing.LoopbackServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Compressed bodies and character sets, as servers really send them. */
class DecodingIT {
    private static final String TEXT = "<html><p>Café, naïve, 10 € — “quoted”</p></html>";
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private final LoopbackServer server = new LoopbackServer()
            .route("/gzip", exchange -> encoded(exchange, "gzip", gzip(utf8(TEXT))))
            .route("/deflate", exchange -> encoded(exchange, "deflate", deflate(utf8(TEXT), false)))
            .route("/raw-deflate", exchange -> encoded(exchange, "deflate", deflate(utf8(TEXT), true)))
            .route("/encoding", exchange -> LoopbackServer.send(exchange, 200, "text/plain",
                    utf8(String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")))))
            .route("/header-only", exchange -> LoopbackServer.send(exchange, 200,
                    "text/html; charset=ISO-8859-1", "<html><p>Café, 10 €</p></html>".getBytes(CP1252)))
            .route("/meta-only", exchange -> LoopbackServer.send(exchange, 200, "text/html",
                    ("<html><head><meta charset=\"windows-1252\"></head><p>Café, 10 €</p></html>").getBytes(CP1252)))
            .route("/http-equiv", exchange -> LoopbackServer.send(exchange, 200, "text/html",
                    ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                            + "</head><p>Café, 10 €</p></html>").getBytes(CP1252)))
            .route("/bom-only", exchange -> {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                body.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                body.write(utf8(TEXT));
                LoopbackServer.send(exchange, 200, "text/html", body.toByteArray());
            })
            .route("/koi8-feed", exchange -> LoopbackServer.send(exchange, 200, "application/rss+xml",
                    ("<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss><channel><title>Новости порта</title>"
                            + "</channel></rss>").getBytes(Charset.forName("KOI8-R"))))
            .route("/latin1-undeclared", exchange -> LoopbackServer.send(exchange, 200, "text/html",
                    "<html><p>Café, 10 €</p></html>".getBytes(CP1252)));
    private final Fetcher fetcher = new Fetcher(FetchOptions.defaults("test"));

    @AfterEach
    void stop() {
        server.close();
    }

    private String text(String path) throws FetchException {
        return fetcher.fetch(URI.create(server.url(path))).text();
    }

    @Test
    void gzipBody_isDecoded() throws FetchException {
        assertEquals(TEXT, text("/gzip"));
    }

    @Test
    void zlibDeflateBody_isDecoded() throws FetchException {
        assertEquals(TEXT, text("/deflate"));
    }

    @Test
    void rawDeflateBody_isDecoded() throws FetchException {
        assertEquals(TEXT, text("/raw-deflate"));
    }

    @Test
    void request_advertisesOnlyTheEncodingsItDecodes() throws FetchException {
        assertEquals("gzip, deflate", text("/encoding"));
    }

    @Test
    void charsetInHeaderOnly_latin1ReadsAsBrowsersReadIt() throws FetchException {
        assertTrue(text("/header-only").contains("Café, 10 €"));
    }

    @Test
    void charsetInMetaOnly_isHonoured() throws FetchException {
        assertTrue(text("/meta-only").contains("Café, 10 €"));
    }

    @Test
    void charsetInHttpEquivOnly_isHonoured() throws FetchException {
        assertTrue(text("/http-equiv").contains("Café, 10 €"));
    }

    @Test
    void byteOrderMarkOnly_meansUtf8_andIsNotContent() throws FetchException {
        assertEquals(TEXT, text("/bom-only"));
    }

    @Test
    void feed_encodingInItsXmlDeclarationOnly_isHonoured() throws FetchException {
        assertTrue(text("/koi8-feed").contains("Новости порта"), text("/koi8-feed"));
    }

    @Test
    void undeclaredLatin1_fallsBackToWindows1252() throws FetchException {
        assertTrue(text("/latin1-undeclared").contains("Café, 10 €"));
    }

    private static void encoded(HttpExchange exchange, String encoding, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Encoding", encoding);
        LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", body);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(bytes, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
