package dev.lede.launch;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Directories lede made for itself (a rehearsal's home, a spare's place), removed with all they hold. */
public final class FileTrees {
    private static final int DELETE_ATTEMPTS = 100;
    private static final long DELETE_RETRY_MILLIS = 50;

    private FileTrees() {
    }

    /**
     * Deletes {@code root} and everything under it, if it is there. A reader that has quit may
     * still be saving a related article it loaded ahead into the page cache: the deletion is tried
     * again until that write is done.
     */
    public static void delete(Path root) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                deleteOnce(root);
                return;
            } catch (DirectoryNotEmptyException e) {
                if (attempt == DELETE_ATTEMPTS) {
                    throw e;
                }
                try {
                    TimeUnit.MILLISECONDS.sleep(DELETE_RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Deletes {@code root} and everything under it, if it is there, in one pass. */
    private static void deleteOnce(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
