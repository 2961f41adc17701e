package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.lede.app.ArticleLoader;
import dev.lede.app.EffectRunner;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.reader.Keymap;
import dev.lede.reader.ReaderState;
import dev.lede.reader.Update;
import dev.lede.testing.HostilePages;
import dev.lede.testing.Loopback;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile pages in the full-screen reader: served on loopback and read from a file, every cell
 * of every screen is scanned for terminal controls, and every byte a real ANSI terminal would be
 * sent is checked for sequences lede itself did not mean to send.
 */
class HostileScreenIT {
    /** The only escape sequences lede sends: CSI with numeric parameters (cursor, colours, modes). */
    private static final Pattern OWN_SEQUENCE = Pattern.compile("\u001b\\[[?0-9;]*[A-Za-z]");

    @TempDir
    Path dir;
    private Loopback server;
    private String url;
    private ArticleLoader loader;

    @BeforeEach
    void start() {
        server = new Loopback();
        url = server.serve("/story", 200, "text/html; charset=utf-8", HostilePages.article(server.base()));
        for (int i = 1; i <= 3; i++) {
            server.serve("/related-" + i, 200, "text/html; charset=utf-8", HostilePages.article(server.base()));
        }
        loader = new ArticleLoader(new Fetcher(FetchOptions.defaults("test")), FetchOptions.DEFAULT_MAX_BYTES);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void reader_hostilePageOverLoopback_noCellHoldsAControl() throws Exception {
        try (VirtualScreen vs = new VirtualScreen(100, 30, loader, url)) {
            String screen = vs.awaitText("PWNEDTITLE");
            assertTrue(screen.contains("␛]0;PWNEDTITLE␇"), "the escape is shown, not obeyed:\n" + screen);
            assertCellsSafe(vs);
            for (int page = 0; page < 4; page++) {
                vs.type(' ');
                TimeUnit.MILLISECONDS.sleep(50);
                vs.await("a page drawn", text -> !text.isEmpty());
                assertCellsSafe(vs);
            }
            vs.press(KeyType.Tab);
            vs.awaitText("Related articles");
            assertCellsSafe(vs);
            vs.press(KeyType.Enter);
            vs.await("the related story opened", text -> text.contains("Headline") && !text.contains("Related articles ("));
            assertCellsSafe(vs);
            vs.type('?');
            vs.awaitText("Keys");
            assertCellsSafe(vs);
        }
    }

    @Test
    void reader_hostileLocalFile_noCellHoldsAControl() throws Exception {
        Path file = dir.resolve("hostile.html");
        Files.writeString(file, HostilePages.article("https://hostile.example"), StandardCharsets.UTF_8);
        try (VirtualScreen vs = new VirtualScreen(60, 20, loader, file.toString())) {
            vs.awaitText("PWNEDTITLE");
            assertCellsSafe(vs);
            vs.type('G');
            TimeUnit.MILLISECONDS.sleep(50);
            assertCellsSafe(vs);
        }
    }

    @Test
    void reader_hostilePage_ansiOutputCarriesOnlyLedesOwnSequences() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PipedOutputStream keys = new PipedOutputStream();
        InputStream in = new PipedInputStream(keys);
        ANSITerminal terminal = new ANSITerminal(in, bytes, StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return new TerminalSize(90, 30);
            }

            @Override
            public void putString(String text) throws IOException {
                writeToTerminal(LedeTerminal.cellBytes(text, StandardCharsets.UTF_8)); // as LedeTerminal writes cells
            }
        };
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        ReaderLoop loop = new ReaderLoop(terminal, screen, Update.standard(), new View(Theme.of(false), Keymap.defaults()),
                (inbox, clipboard, lender) -> new EffectRunner(loader, inbox), false);
        Thread reader = new Thread(() -> {
            try {
                loop.run(ReaderState.initial(90, 30, 72), url);
            } catch (IOException | InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ansi-reader");
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!written(bytes).contains("PWNEDTITLE") && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        keys.write(" \t".getBytes(StandardCharsets.US_ASCII)); // next page, then the related list
        keys.flush();
        TimeUnit.MILLISECONDS.sleep(300);
        keys.write('q');
        keys.flush();
        reader.join(TimeUnit.SECONDS.toMillis(15));
        screen.stopScreen();

        String out = written(bytes);
        assertTrue(out.contains("PWNEDTITLE"), "the page was drawn");
        assertTrue(!reader.isAlive(), "the keys were read: q quit the reader");
        assertTrue(loop.state().quitting());
        Matcher own = OWN_SEQUENCE.matcher(out);
        String withoutOwn = own.replaceAll("");
        assertEquals(List.of(), HostilePages.unsafeIn(withoutOwn.replace("\r", "")),
                "only CSI sequences lede sends itself; no OSC, no raw C1, no bidi control, no bell");
        assertTrue(!out.contains("\u001b]"), "no OSC at all");
    }

    private static String written(ByteArrayOutputStream bytes) {
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertCellsSafe(VirtualScreen vs) {
        TerminalSize size = vs.terminal.getTerminalSize();
        List<String> bad = new ArrayList<>();
        for (int row = 0; row < size.getRows(); row++) {
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter cell = vs.terminal.getCharacter(col, row);
                if (cell != null) {
                    for (String found : HostilePages.unsafeIn(cell.getCharacterString())) {
                        bad.add("(" + col + "," + row + ") " + found);
                    }
                    if (cell.getCharacterString().contains("\n")) {
                        bad.add("(" + col + "," + row + ") line feed");
                    }
                }
            }
        }
        assertEquals(List.of(), bad, "cells with terminal controls:\n" + vs.text());
    }
}
