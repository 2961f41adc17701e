package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LedeTerminalTest {
    @Test
    void cellBytes_nonAsciiAndEmoji_areEncodedExactlyWithoutPadding() {
        assertArrayEquals("·😀é".getBytes(StandardCharsets.UTF_8),
                LedeTerminal.cellBytes("·😀é", StandardCharsets.UTF_8));
    }

    @Test
    void cellBytes_controls_neverReachTheTerminal() {
        assertArrayEquals("a]0;tb".getBytes(StandardCharsets.UTF_8),
                LedeTerminal.cellBytes("a\u001b]0;t\u0007\u009b\u202eb", StandardCharsets.UTF_8));
    }
}
