package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.HostilePages;
import dev.lede.testing.Loopback;
import dev.lede.testing.StrictJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lede --dump} run as a separate process on hostile pages, from loopback and from a file:
 * every byte of standard output and standard error is checked, so nothing between the model and
 * the file descriptor can let a control through.
 */
class HostileDumpIT {
    private static final long PROCESS_SECONDS = 60;

    @TempDir
    Path dir;
    private Loopback server;
    private String url;
    private Path file;

    @BeforeEach
    void pages() throws IOException {
        server = new Loopback();
        url = server.serve("/story", 200, "text/html; charset=utf-8", HostilePages.article(server.base()));
        file = dir.resolve("hostile.html");
        Files.writeString(file, HostilePages.article("https://hostile.example"), StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void dumpText_hostilePages_everyByteIsSafe() throws Exception {
        Result result = lede("--dump", url, file.toString());
        assertEquals(0, result.code, result.err);
        assertSafe(result.out);
        assertSafe(result.err);
        assertTrue(result.out.contains("␛]0;PWNEDTITLE␇"), result.out);
    }

    @Test
    void dumpJson_hostilePages_everyByteIsSafeAndEachLineParses() throws Exception {
        Result result = lede("--dump", "--format", "json", url, file.toString());
        assertEquals(0, result.code, result.err);
        assertSafe(result.out);
        List<String> lines = result.out.lines().toList();
        assertEquals(2, lines.size(), result.out);
        for (String line : lines) {
            StrictJson.parse(line);
            assertTrue(line.chars().allMatch(c -> c >= 0x20 && c != 0x7F), "one line, no raw control: " + line);
        }
    }

    @Test
    void errors_quotingHostileText_areSafe() throws Exception {
        String badType = server.serve("/type", 200, "application/x-" + HostilePages.ESC + "]0;PWNED" + HostilePages.BEL, "x");
        Result reads = lede("--dump", "http://" + HostilePages.OSC_TITLE + "/", "javascript:" + HostilePages.ALL.replace("\u0000", ""),
                dir.resolve("missing" + HostilePages.CSI + ".html").toString(), badType);
        assertEquals(1, reads.code);
        assertSafe(reads.err);
        assertEquals(4, reads.err.lines().count(), "one line per failed input:\n" + reads.err);
    }

    private static void assertSafe(String text) {
        List<String> found = HostilePages.unsafeIn(text);
        assertEquals(List.of(), found, "controls in output:\n" + text);
    }

    private record Result(int code, String out, String err) {
    }

    private static Result lede(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(dev.lede.launch.Main.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        byte[] out;
        byte[] err;
        try (var stdout = process.getInputStream(); var stderr = process.getErrorStream()) {
            var errReader = new java.util.concurrent.CompletableFuture<byte[]>();
            Thread errThread = new Thread(() -> {
                try {
                    errReader.complete(stderr.readAllBytes());
                } catch (IOException e) {
                    errReader.completeExceptionally(e);
                }
            });
            errThread.start();
            out = stdout.readAllBytes();
            err = errReader.join();
        }
        assertTrue(process.waitFor(PROCESS_SECONDS, TimeUnit.SECONDS), "lede finished");
        return new Result(process.exitValue(), strictUtf8(out), strictUtf8(err));
    }

    /** Decodes bytes that must be valid UTF-8; invalid bytes (a raw 8-bit C1, say) fail the test. */
    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
