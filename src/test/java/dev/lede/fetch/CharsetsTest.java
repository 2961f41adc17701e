package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which charset a page's bytes are read in, when its declaration is right and when it lies. */
class CharsetsTest {
    static final String CHINESE = "DeepMind 已经发布了新的模型，研究人员表示它在数学和编程方面的表现有了明显提高。";
    static final String JAPANESE = "東京の天気は晴れ、午後から雨が降るでしょう。気温は昨日より三度高くなります。";
    static final String RUSSIAN = "Правительство объявило о новых мерах поддержки малого бизнеса в регионах.";
    /** A detector tells windows-1251 from Mac Cyrillic by capitals, which a paragraph has and a sentence may not. */
    static final String RUSSIAN_PARAGRAPH = RUSSIAN + " Министр экономики Иван Петров сказал, что Москва будет"
            + " помогать. В Санкт-Петербурге открылся новый музей. Эксперты считают, что это важно.";
    static final String FRENCH = "L’été dernier, la ministre a présenté « une réforme très attendue » à Genève.";

    static byte[] page(String metaCharset, String text, Charset bytes) {
        String meta = metaCharset == null ? "" : "<meta charset=\"" + metaCharset + "\">";
        return ("<!DOCTYPE html><html><head>" + meta + "<title>t</title></head><body><p>" + text
                + "</p></body></html>").getBytes(bytes);
    }

    private static String read(byte[] body, String contentType) {
        Charsets.Decision decision = Charsets.decide(body, contentType);
        return new String(body, decision.charset());
    }

    @Test
    void utf8DeclaredGb2312InMeta_readsAsUtf8_withANote() {
        byte[] body = page("gb2312", CHINESE, StandardCharsets.UTF_8);
        Charsets.Decision decision = Charsets.decide(body, "text/html");
        assertEquals(StandardCharsets.UTF_8, decision.charset());
        assertTrue(decision.note().contains("GB2312") && decision.note().contains("<meta>"), decision.note());
    }

    @Test
    void utf8DeclaredShiftJisInHeader_readsAsUtf8() {
        assertTrue(read(page(null, JAPANESE, StandardCharsets.UTF_8), "text/html; charset=shift_jis").contains(JAPANESE));
    }

    @Test
    void utf8DeclaredLatin1InMeta_readsAsUtf8() {
        assertTrue(read(page("iso-8859-1", FRENCH, StandardCharsets.UTF_8), null).contains(FRENCH));
    }

    @Test
    void utf8DeclaredWindows1251InHeader_readsAsUtf8() {
        assertTrue(read(page(null, RUSSIAN, StandardCharsets.UTF_8), "text/html; charset=windows-1251").contains(RUSSIAN));
    }

    @Test
    void realGb2312_declaredInHeader_staysGb2312() {
        Charset gb2312 = Charset.forName("GB2312");
        Charsets.Decision decision = Charsets.decide(page(null, CHINESE, gb2312), "text/html; charset=gb2312");
        assertEquals(gb2312, decision.charset());
        assertNull(decision.note());
    }

    @Test
    void realShiftJis_declaredInMeta_staysShiftJis() {
        Charset shiftJis = Charset.forName("Shift_JIS");
        assertTrue(read(page("shift_jis", JAPANESE, shiftJis), "text/html").contains(JAPANESE));
    }

    @Test
    void realWindows1251_declaredInHeader_staysWindows1251() {
        Charset cp1251 = Charset.forName("windows-1251");
        assertTrue(read(page(null, RUSSIAN, cp1251), "text/html; charset=windows-1251").contains(RUSSIAN));
    }

    @Test
    void realWindows1252_declaredInMeta_staysWindows1252() {
        Charset cp1252 = Charset.forName("windows-1252");
        assertTrue(read(page("windows-1252", FRENCH, cp1252), null).contains(FRENCH));
    }

    @Test
    void asciiOnlyPage_declaredLatin1_keepsItsDeclaration() {
        Charsets.Decision decision = Charsets.decide(page("iso-8859-1", "Plain words only.", StandardCharsets.UTF_8), null);
        assertEquals("windows-1252", decision.charset().name());
        assertNull(decision.note());
    }

    @Test
    void oneStrayUtf8Sequence_isTooLittleToOverrule() {
        Charsets.Decision decision = Charsets.decide(page("windows-1252", "Price: 10 €", StandardCharsets.UTF_8), null);
        assertEquals("windows-1252", decision.charset().name());
    }

    @Test
    void undeclaredShiftJis_isDetected_withANote() {
        Charset shiftJis = Charset.forName("Shift_JIS");
        byte[] body = page(null, JAPANESE + JAPANESE, shiftJis);
        Charsets.Decision decision = Charsets.decide(body, "text/html");
        assertTrue(new String(body, decision.charset()).contains(JAPANESE), decision.charset().name());
        assertNotNull(decision.note());
    }

    @Test
    void undeclaredWindows1251_isDetected() {
        Charset cp1251 = Charset.forName("windows-1251");
        byte[] body = page(null, RUSSIAN_PARAGRAPH, cp1251);
        Charsets.Decision decision = Charsets.decide(body, "text/html");
        assertTrue(new String(body, decision.charset()).contains(RUSSIAN), decision.note());
    }

    @Test
    void undeclaredGb2312_isDetected() {
        Charset gb2312 = Charset.forName("GB2312");
        assertTrue(read(page(null, CHINESE + CHINESE, gb2312), null).contains(CHINESE));
    }

    @Test
    void undeclaredUtf8_isUtf8_withoutANote() {
        Charsets.Decision decision = Charsets.decide(page(null, CHINESE, StandardCharsets.UTF_8), null);
        assertEquals(StandardCharsets.UTF_8, decision.charset());
        assertNull(decision.note());
    }
}
