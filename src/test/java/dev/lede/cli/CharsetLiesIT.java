package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.LoopbackServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Pages whose declared charset is wrong about their UTF-8 bytes read right, over HTTP (with and
 * without a charset in the header) and from a file; pages really in a legacy charset still do.
 */
class CharsetLiesIT {
    private static final String HEADLINE = "DeepMind发布新模型";
    private static final String CHINESE = "研究人员表示，新模型在数学和编程方面的表现有了明显提高，团队计划明年开放更多功能。";
    private static final String JAPANESE = "東京の天気は晴れ、午後から雨が降るでしょう。気温は昨日より三度高くなる見込みです。";
    private static final String RUSSIAN = "Правительство объявило о новых мерах поддержки малого бизнеса в регионах страны.";
    private static final String FRENCH = "L’été dernier, la ministre a présenté « une réforme très attendue » à Genève.";

    @TempDir
    Path dir;

    private final LoopbackServer server = new LoopbackServer();

    @AfterEach
    void stop() {
        server.close();
    }

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

    /** An article page whose {@code <meta>} says {@code metaCharset}, its text written in {@code bytes}. */
    private static byte[] article(String metaCharset, String headline, String paragraph, Charset bytes) {
        String meta = metaCharset == null ? "" : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset="
                + metaCharset + "\">";
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head>" + meta + "<title>" + headline
                + "</title></head><body><article><h1>" + headline + "</h1>");
        for (int i = 0; i < 4; i++) {
            html.append("<p>").append(paragraph).append(' ').append(paragraph).append("</p>");
        }
        return html.append("</article></body></html>").toString().getBytes(bytes);
    }

    private String serve(String path, String contentType, byte[] body) {
        server.route(path, exchange -> LoopbackServer.send(exchange, 200, contentType, body));
        return server.url(path);
    }

    private String file(String name, byte[] body) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, body);
        return file.toString();
    }

    private Run dump(String target) {
        return run("--dump", "--format", "json", "--verbose", "--cache-dir", dir.resolve("cache").toString(), target);
    }

    private void assertReads(Run run, String expected) {
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains(expected), run.out());
    }

    @Test
    void utf8DeclaredGb2312_inMetaAndHeader_readsRight_andVerboseSaysSo() {
        byte[] body = article("gb2312", HEADLINE, CHINESE, StandardCharsets.UTF_8);
        Run run = dump(serve("/gb", "text/html; charset=gb2312", body));
        assertReads(run, HEADLINE);
        assertReads(run, CHINESE);
        assertTrue(run.err().contains("lede: charset: ") && run.err().contains("declared GB2312 in the HTTP header")
                && run.err().contains("read as UTF-8"), run.err());
    }

    @Test
    void utf8DeclaredGb2312_inMetaOnly_readsRight() {
        byte[] body = article("gb2312", HEADLINE, CHINESE, StandardCharsets.UTF_8);
        Run run = dump(serve("/gb-meta", "text/html", body));
        assertReads(run, CHINESE);
        assertTrue(run.err().contains("in a <meta> tag"), run.err());
    }

    @Test
    void utf8DeclaredGb2312_inAFile_readsRight() throws IOException {
        assertReads(dump(file("gb.html", article("gb2312", HEADLINE, CHINESE, StandardCharsets.UTF_8))), CHINESE);
    }

    @Test
    void utf8DeclaredShiftJis_overHttpWithAndWithoutHeader_andInAFile_readsRight() throws IOException {
        byte[] body = article("shift_jis", "天気予報", JAPANESE, StandardCharsets.UTF_8);
        assertReads(dump(serve("/sj-header", "text/html; charset=Shift_JIS", body)), JAPANESE);
        assertReads(dump(serve("/sj-meta", "text/html", body)), JAPANESE);
        assertReads(dump(file("sj.html", body)), JAPANESE);
    }

    @Test
    void utf8DeclaredLatin1_overHttpWithAndWithoutHeader_andInAFile_readsRight() throws IOException {
        byte[] body = article("iso-8859-1", "Réforme à Genève", FRENCH, StandardCharsets.UTF_8);
        assertReads(dump(serve("/latin-header", "text/html; charset=iso-8859-1", body)), FRENCH);
        assertReads(dump(serve("/latin-meta", "text/html", body)), FRENCH);
        assertReads(dump(file("latin.html", body)), FRENCH);
    }

    @Test
    void utf8DeclaredWindows1252_overHttpWithAndWithoutHeader_andInAFile_readsRight() throws IOException {
        byte[] body = article("windows-1252", "Правительство", RUSSIAN, StandardCharsets.UTF_8);
        assertReads(dump(serve("/cp-header", "text/html; charset=windows-1252", body)), RUSSIAN);
        assertReads(dump(serve("/cp-meta", "text/html", body)), RUSSIAN);
        assertReads(dump(file("cp.html", body)), RUSSIAN);
    }

    @Test
    void realLegacyPages_declaredInHeaderOrMeta_stillReadRight_withoutANote() throws IOException {
        Charset gb2312 = Charset.forName("GB2312");
        Charset shiftJis = Charset.forName("Shift_JIS");
        Charset cp1251 = Charset.forName("windows-1251");
        Run gb = dump(serve("/real-gb", "text/html; charset=gb2312", article(null, "新模型", CHINESE, gb2312)));
        Run sj = dump(serve("/real-sj", "text/html", article("shift_jis", "天気予報", JAPANESE, shiftJis)));
        Run ru = dump(file("real-ru.html", article("windows-1251", "Новости", RUSSIAN, cp1251)));
        assertReads(gb, CHINESE);
        assertReads(sj, JAPANESE);
        assertReads(ru, RUSSIAN);
        assertFalse((gb.err() + sj.err() + ru.err()).contains("lede: charset:"), gb.err() + sj.err() + ru.err());
    }

    @Test
    void undeclaredLegacyPage_overHttpAndInAFile_isDetected_andVerboseSaysSo() throws IOException {
        Charset shiftJis = Charset.forName("Shift_JIS");
        byte[] body = article(null, "天気予報", JAPANESE, shiftJis);
        Run http = dump(serve("/undeclared", "text/html", body));
        assertReads(http, JAPANESE);
        assertTrue(http.err().contains("no charset declared") && http.err().contains("Shift_JIS"), http.err());
        assertReads(dump(file("undeclared.html", body)), JAPANESE);
    }
}
