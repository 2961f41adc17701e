package dev.lede.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigFileTest {
    private final ConfigFile parser = new ConfigFile(10);

    @Test
    void everySetting_isRead_commentsAndBlankLinesIgnored() {
        ConfigFile.Parsed parsed = parser.parse("cfg", """
                # my settings
                width = 60

                theme = mono
                prefetch = 0
                timeout = 7
                user-agent = my reader/1.0
                proxy = http://127.0.0.1:3128
                key.page-down = f Space
                """);
        assertEquals(List.of(), parsed.problems());
        Settings settings = parsed.settings();
        assertEquals(60, settings.width());
        assertEquals(false, settings.color());
        assertEquals(0, settings.prefetch());
        assertEquals(7, settings.timeout());
        assertEquals("my reader/1.0", settings.userAgent());
        assertEquals("http://127.0.0.1:3128", settings.proxy());
        assertEquals(List.of(new Settings.KeyBinding("page-down", "f Space", "cfg:9")), settings.keys());
    }

    @Test
    void browserTerminal_isTrueOrFalse_andUnsetByDefault() {
        assertEquals(Boolean.TRUE, parser.parse("cfg", "browser-terminal = true\n").settings().browserTerminal());
        assertEquals(Boolean.FALSE, parser.parse("cfg", "browser-terminal = no\n").settings().browserTerminal());
        assertEquals(null, parser.parse("cfg", "width = 60\n").settings().browserTerminal());
        assertEquals(List.of("cfg:1: browser-terminal must be true or false, not 'maybe'"),
                parser.parse("cfg", "browser-terminal = maybe\n").problems());
    }

    @Test
    void mistakes_nameFileLineAndWhatIsAllowed_andTheGoodLinesStillCount() {
        ConfigFile.Parsed parsed = parser.parse("/home/r/.config/lede/config", """
                colour = blue
                width = wide
                width = 5
                theme = solarized
                prefetch = -1
                timeout = 0
                proxy = socks://x
                just some words
                prefetch = 2
                """);
        assertEquals(List.of(
                "/home/r/.config/lede/config:1: unknown key 'colour'; allowed: " + ConfigFile.ALLOWED_KEYS,
                "/home/r/.config/lede/config:2: width must be a whole number of columns, 10 or more, not 'wide'",
                "/home/r/.config/lede/config:3: width must be a whole number of columns, 10 or more, not '5'",
                "/home/r/.config/lede/config:4: theme must be color or mono, not 'solarized'",
                "/home/r/.config/lede/config:5: prefetch must be a whole number, 0 or more, not '-1'",
                "/home/r/.config/lede/config:6: timeout must be a whole number of seconds, 1 or more, not '0'",
                "/home/r/.config/lede/config:7: proxy must be http://HOST:PORT or direct, not 'socks://x'",
                "/home/r/.config/lede/config:8: expected key = value, got 'just some words'"),
                parsed.problems());
        assertNull(parsed.settings().width());
        assertNull(parsed.settings().color());
        assertEquals(2, parsed.settings().prefetch());
    }

    @Test
    void emptyFile_setsNothing() {
        assertEquals(new ConfigFile.Parsed(Settings.NONE, List.of()), parser.parse("cfg", ""));
    }

    @Test
    void spare_isOnOrOff_anythingElseIsAMistake() {
        assertEquals(Boolean.TRUE, parser.parse("cfg", "spare = on").settings().spare());
        assertEquals(Boolean.FALSE, parser.parse("cfg", "SPARE = Off").settings().spare());
        assertEquals(null, parser.parse("cfg", "").settings().spare());
        ConfigFile.Parsed wrong = parser.parse("cfg", "spare = yes please");
        assertEquals(null, wrong.settings().spare());
        assertEquals(List.of("cfg:1: spare must be on or off, not 'yes please'"), wrong.problems());
    }
}
