package dev.lede.launch;

import dev.lede.launch.Launcher;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a launcher and a spare tell each other: the request (as the shell's {@code printf '%s\000'} writes it), the launcher's /proc, the names of spares. */
class SpareProtocolTest {
    private static SpareRequest read(String fields) throws IOException {
        return SpareRequest.read(new ByteArrayInputStream(fields.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void argumentsArriveWhole_spacesNewlinesAndNonAsciiIncluded() throws IOException {
        SpareRequest request = read("4242\u00003\u0000--width\u000060\u0000my page\nof Zürich.html\u0000");
        assertEquals(4242, request.pid());
        assertArrayEquals(new String[] {"--width", "60", "my page\nof Zürich.html"}, request.args());
    }

    @Test
    void noArguments_isTheDemoOrStartPage() throws IOException {
        assertArrayEquals(new String[0], read("7\u00000\u0000").args());
    }

    @Test
    void aRequestCutShort_orNotOne_isRefused() {
        assertThrows(IOException.class, () -> read("4242\u00002\u0000--dump\u0000"));
        assertThrows(IOException.class, () -> read("hello\u00001\u0000x\u0000"));
        assertThrows(IOException.class, () -> read("-1\u00000\u0000"));
        assertThrows(IOException.class, () -> read(""));
    }

    @Test
    void environmentEntries_splitAtTheFirstEqualsSign() {
        byte[] environ = "TERM=xterm-256color\u0000EMPTY=\u0000OPTS=a=b\u0000".getBytes(StandardCharsets.UTF_8);
        assertEquals(Map.of("TERM", "xterm-256color", "EMPTY", "", "OPTS", "a=b"), Launcher.environment(environ));
    }

    @Test
    void aProcessWhoseOutputIsNotATerminal_isNotAdopted() {
        // This test's own JVM: its standard output is a pipe or file to the build, never a terminal
        // shared by all three streams.
        assertThrows(IOException.class, () -> Launcher.adopt(ProcessHandle.current().pid()));
        assertThrows(IOException.class, () -> Launcher.adopt(Long.MAX_VALUE));
    }

    @Test
    void spareNames_giveTheirProcessIds() {
        assertEquals(12, SpareDirectory.pidOf("ready.12"));
        assertEquals(13, SpareDirectory.pidOf("claimed.13"));
        assertEquals(14, SpareDirectory.pidOf("starting.14"));
        assertEquals(0, SpareDirectory.pidOf("lost+found"));
    }
}
