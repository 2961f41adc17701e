package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.reader.HelpPage;
import dev.lede.reader.Keymap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The man page's KEYS section is the help screen's table: what one shows, the other does. */
class ManPageKeysTest {
    @Test
    void section_reboundKeymap_listsTheKeysAsBound_underKeys() {
        String section = ManPageKeys.section(HelpPage.rows(Keymap.defaults().configured(Map.of("quit", "x C-q"))));
        assertTrue(section.contains("\n== Keys\n"), section);
        assertTrue(section.contains("\n*pass:c[x Ctrl-q]*::\n  pass:c[quit]\n"), section);
        assertTrue(section.contains("\n=== In the related list\n"), section);
    }

    @Test
    void literal_closingBracket_isEscaped_soTheKeyIsNotTheEndOfThePassthrough() {
        assertEquals("pass:c[\\] / []", ManPageKeys.literal("] / ["));
    }
}
