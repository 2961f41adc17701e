package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.testing.IsolatedHome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lede's text is English: its numbers are written the same whatever locale the user runs it in. */
class EnglishFormatsIT {
    private static final Path JAR = Path.of("target", "lede.jar").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void relatedList_isNumberedInAsciiDigits_inAnArabicLocale() throws Exception {
        Path out = home.resolve("out.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=ar", "-Duser.country=EG", "-jar", JAR.toString(), "--demo", "--dump"))
                .redirectErrorStream(true).redirectOutput(out.toFile());
        IsolatedHome.into(builder.environment(), home);
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "lede did not finish");
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), printed);
        assertTrue(printed.contains("\n  1. "), "no related list numbered 1.: " + printed);
        assertFalse(printed.chars().anyMatch(c -> c >= '\u0660' && c <= '\u0669'), "Arabic-Indic digits: " + printed);
    }
}
