package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.demo.DemoArticle;
import dev.lede.demo.DemoEdition;
import dev.lede.testing.StrictJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user runs it: arguments in, stdout, stderr and the exit code out. */
class DumpIT {
    @TempDir
    Path dir;
    private DemoEdition edition;
    private DemoArticle demo;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void pages() {
        edition = DemoEdition.load();
        demo = edition.lead();
    }

    private int run(String... args) {
        CommandLine cli = LedeCommand.commandLine(System.getenv());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path html(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, edition.page(demo, "https://gazette.example"), StandardCharsets.UTF_8);
        return file;
    }

    private Path gzip(String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(edition.page(demo, "https://gazette.example").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void dumpAscii_writesTheBodysQuotesDashesAndEllipsesInAscii() throws IOException {
        Path file = dir.resolve("punctuation.html");
        Files.writeString(file, "<!DOCTYPE html><html lang=\"en\"><head><title>Quotes</title></head><body><article>"
                + "<h1>The \u201cghost ships\u201d</h1>"
                + "<p>\u201cWait\u2026\u201d she said \u2014 \u2018not yet\u2019. " + "More words follow here. ".repeat(20)
                + "</p><p>" + "A second paragraph of plain words. ".repeat(15) + "</p></article></body></html>",
                StandardCharsets.UTF_8);
        assertEquals(0, run("--dump", "--ascii", file.toString()), err.toString());
        String text = out.toString();
        assertTrue(text.chars().allMatch(c -> c < 0x80), text);
        assertTrue(text.contains("\"Wait...\" she said - 'not yet'."), text);
        assertTrue(text.contains("The \"ghost ships\""), text);
    }

    @Test
    void dump_localFile_printsTheLaidOutArticle() throws IOException {
        int code = run("--dump", "--width", "60", html("story.html").toString());
        assertEquals(0, code, err.toString());
        String text = out.toString();
        assertTrue(text.startsWith(demo.title().substring(0, 20)), text);
        assertTrue(text.contains("By " + demo.byline()));
        assertTrue(text.contains("┃ “"), "the pull-quote is set apart");
        assertTrue(text.lines().allMatch(line -> line.length() <= 60 || line.startsWith("     http")),
                "text set at the measure");
        assertEquals("", err.toString());
    }

    @Test
    void dump_gzipFile_readsTheSameAsPlain() throws IOException {
        run("--dump", html("story.html").toString());
        String plain = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(0, run("--dump", gzip("story.html.gz").toString()), err.toString());
        assertEquals(plain, out.toString());
    }

    @Test
    void dump_json_isOneValidObjectPerInputPerLine() throws IOException {
        Path plain = html("a.html");
        Path gz = gzip("b.html.gz");
        assertEquals(0, run("--dump", "--format", "json", plain.toString(), gz.toString()), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size());
        for (String line : lines) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) StrictJson.parse(line);
            for (String field : List.of("source", "url", "title", "site", "byline", "published", "lang",
                    "standfirst", "text", "pullQuotes", "related", "words")) {
                assertTrue(object.containsKey(field), "field " + field);
            }
            assertEquals(demo.title(), object.get("title"));
            assertEquals(demo.published(), object.get("published"));
            assertEquals(List.of(demo.pullQuote()), object.get("pullQuotes"));
            assertEquals(null, object.get("url"), "a file has no URL");
            assertFalse(((String) object.get("text")).contains(demo.standfirst()));
        }
        assertEquals(plain.toString(), ((Map<?, ?>) StrictJson.parse(lines.get(0))).get("source"));
    }

    @Test
    void dump_missingFile_reportsOneLine_andGoesOn() throws IOException {
        Path good = html("good.html");
        int code = run("--dump", "--format", "json", dir.resolve("missing.html").toString(), good.toString());
        assertEquals(1, code);
        assertEquals(1, out.toString().lines().count(), "the good file is still printed");
        List<String> errors = err.toString().lines().toList();
        assertEquals(1, errors.size(), err.toString());
        assertTrue(errors.get(0).startsWith("lede: ") && errors.get(0).contains("missing.html: no such file"),
                errors.get(0));
    }

    @Test
    void dump_demo_printsTheLeadArticle() {
        assertEquals(0, run("--demo", "--dump"), err.toString());
        assertTrue(out.toString().startsWith(demo.title().substring(0, 20)));
    }

    @Test
    void reader_withoutATerminal_saysToUseDump() {
        int code = run("https://example.com/story");
        assertEquals(2, code);
        assertTrue(err.toString().contains("use --dump"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void badOption_isAUsageError() {
        assertEquals(2, run("--no-such-option"));
        assertTrue(err.toString().startsWith("lede: "), err.toString());
        assertEquals(2, run("--dump", "--format", "yaml", "x.html"));
    }
}
