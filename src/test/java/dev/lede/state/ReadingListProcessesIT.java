package dev.lede.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real lede-like processes saving to one reading list at the same time. */
class ReadingListProcessesIT {
    @TempDir
    Path state;

    private Process start(String host, int saves) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                ReadingListWriter.class.getName(), state.toString(), host, Integer.toString(saves))
                .redirectErrorStream(true).start();
    }

    @Test
    void twoProcessesSavingAtOnce_loseNothing() throws Exception {
        int saves = 40;
        List<Process> processes = new ArrayList<>();
        for (String host : List.of("a", "b")) {
            processes.add(start(host, saves));
        }
        for (Process process : processes) {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("started", out.readLine());
        }
        for (Process process : processes) {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "a writer did not finish");
            assertEquals(0, process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        ReadingListFile.Contents read = new ReadingListFile(state).read();
        assertNull(read.problem(), "the file is whole");
        assertEquals(2 * saves, read.saved().size(), "no save of either process was lost");
    }
}
