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

/** Real lede-like processes sharing one state directory: run side by side, and killed mid-save. */
class PlacesProcessesIT {
    @TempDir
    Path state;

    private Process start(String host, int saves) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                PlacesWriter.class.getName(), state.toString(), host, Integer.toString(saves))
                .redirectErrorStream(true).start();
    }

    private static void awaitStarted(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("started", out.readLine());
    }

    /** Waits (however loaded the machine) until the writer has saved once. */
    private void awaitFirstSave(Process writer) throws InterruptedException {
        while (new PlacesFile(state).read().places().isEmpty()) {
            assertTrue(writer.isAlive(), "the writer died before saving");
            Thread.sleep(5);
        }
    }

    @Test
    void twoProcessesSavingAtOnce_keepEveryPlaceOfBoth() throws Exception {
        int saves = 30;
        List<Process> processes = new ArrayList<>();
        for (String host : List.of("a", "b")) {
            processes.add(start(host, saves));
        }
        for (Process process : processes) {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "a writer did not finish");
            assertEquals(0, process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        PlacesFile.Contents read = new PlacesFile(state).read();
        assertNull(read.problem(), "the file is whole");
        assertEquals(2 * saves, read.places().size(), "no save of either process was lost");
    }

    @Test
    void processKilledWhileSaving_leavesAWholeFile() throws Exception {
        for (int round = 0; round < 5; round++) {
            Process writer = start("k", 0);
            awaitStarted(writer);
            awaitFirstSave(writer);
            Thread.sleep(7L * round); // saves follow each other back to back: the kill lands inside one
            writer.destroyForcibly().waitFor();
            PlacesFile.Contents read = new PlacesFile(state).read();
            assertNull(read.problem(), "round " + round + ": a kill never leaves half a file");
            assertEquals(1, read.places().size(), "round " + round + ": the last whole save is there");
        }
    }
}
