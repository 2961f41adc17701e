package dev.lede.testing;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpora beside the project ({@code ../shared/corpus}). A test that measures against
 * one skips when it is not there, and says so on one line: Maven's summary counts a skip but
 * does not print its reason, so a missing corpus would otherwise go unnoticed.
 */
public final class SharedCorpus {
    /** Where the corpora are, from the project's directory (where Maven runs the tests). */
    public static final Path ROOT = Path.of("..", "shared", "corpus");

    private SharedCorpus() {
    }

    /**
     * The corpus {@code name} under {@link #ROOT} ({@code ""} for the whole corpus directory).
     * When it is missing, prints one line on standard error naming it and {@code notMeasured},
     * then skips the calling test.
     */
    public static Path require(String name, String notMeasured) {
        return require(ROOT, name, notMeasured, System.err);
    }

    /** As {@link #require(String, String)}, under {@code root}, the line written to {@code out}. */
    static Path require(Path root, String name, String notMeasured, PrintStream out) {
        Path corpus = name.isEmpty() ? root : root.resolve(name);
        if (!Files.isDirectory(corpus)) {
            String line = "corpus " + corpus + " is missing (looked in " + corpus.toAbsolutePath().normalize()
                    + "); " + notMeasured;
            out.println("[skipped] " + line);
            out.flush();
            Assumptions.abort(line);
        }
        return corpus;
    }
}
