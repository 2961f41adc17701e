package dev.lede.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.fetch.FetchException;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Addresses as users paste them. */
class TargetsTest {
    @Test
    void webUri_spacesAndBraces_areEscapedAsBrowsersDo() throws FetchException {
        assertEquals(URI.create("https://example.com/a%20story%7Bx%7D?q=%22quoted%22"),
                Targets.webUri("https://example.com/a story{x}?q=\"quoted\""));
    }

    @Test
    void webUri_alreadyEscaped_isLeftAlone() throws FetchException {
        assertEquals(URI.create("https://example.com/a%20b?x=1&y=%2F"), Targets.webUri("https://example.com/a%20b?x=1&y=%2F"));
    }

    @Test
    void webUri_internationalHost_becomesPunycode() throws FetchException {
        assertEquals("xn--bcher-kva.example", Targets.webUri("https://bücher.example/").getHost());
    }
}
