package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
    private static final List<String> SAMPLES = List.of("", "Advertisement", "ADVERTISEMENT 3", "Read more…",
            "Ünïcödé, ΣΊΣΥΦΟΣ & Straße", "٣ digits ١٢ and ５ fullwidth", "𝐁old 𝟗 math", "İstanbul", "\uD800 lone",
            "Continue reading the main story");

    @Test
    void key_keepsLettersAndDigitsLowerCased() {
        assertEquals("continuereadingthemainstory", Text.key("Continue reading the main story"));
        for (String s : SAMPLES) {
            StringBuilder expected = new StringBuilder();
            s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(expected::appendCodePoint);
            assertEquals(expected.toString(), Text.key(s), s);
        }
    }

    @Test
    void labelKey_dropsAsciiDigits_givesUpPastTheLimit() {
        for (String s : SAMPLES) {
            assertEquals(Text.key(s).replaceAll("\\d", ""), Text.labelKey(s, 100), s);
        }
        assertEquals("advertisement", Text.labelKey("Advertisement 1234567890 1234567890 1234567890", 13));
        assertNull(Text.labelKey("Advertisements", 13));
    }
}
