package dev.lede.app;

import dev.lede.state.ReadingListFile;
import dev.lede.state.Saved;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles the reader saved with {@code s}, kept across runs in the state directory's
 * reading list; their pages are pinned in the disk cache so they read offline. Every change
 * goes to the file at once, on what the file holds then, so lede processes running side by
 * side share one list. Thread-safe.
 */
public final class ReadingList {
    private final ReadingListFile file;
    private final Clock clock;
    /** Addresses not worth saving: the demo edition's, on a loopback port that changes each run. */
    private volatile String passing;

    private ReadingList(ReadingListFile file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The reading list kept in {@code stateDir}; {@code null} keeps nothing. */
    public static ReadingList open(Path stateDir, Clock clock) {
        return new ReadingList(stateDir == null ? null : new ReadingListFile(stateDir), clock);
    }

    /** A reading list that is neither read nor written (tests, or no home directory). */
    public static ReadingList none() {
        return new ReadingList(null, Clock.systemUTC());
    }

    /** Refuses to save targets starting with {@code prefix} from now on (the demo edition's). */
    public ReadingList skipping(String prefix) {
        passing = prefix;
        return this;
    }

    /** The list as the file holds it now, most recently saved first, with one line about a file set aside. */
    public ReadingListFile.Contents read() {
        return file == null ? new ReadingListFile.Contents(List.of(), null) : file.read();
    }

    /**
     * Saves {@code target} when it is not on the list, else takes it off, and keeps or releases
     * its page in {@code loader}'s disk cache.
     *
     * @param url   where the page was found, or {@code null}
     * @param title the article's headline
     * @return one line for the status bar saying which happened
     */
    public String toggle(String target, String url, String title, ArticleLoader loader) {
        String skipped = passing;
        if (skipped != null && target.startsWith(skipped)) {
            return "The demo edition is not saved: it is served anew each run.";
        }
        if (file == null) {
            return "No reading list: neither XDG_STATE_HOME nor HOME is set.";
        }
        boolean[] added = new boolean[1];
        ReadingListFile.Contents after;
        try {
            after = file.update(saved -> {
                List<Saved> changed = new ArrayList<>(saved);
                added[0] = !changed.removeIf(entry -> entry.target().equals(target));
                if (added[0]) {
                    changed.add(new Saved(target, url, title, clock.instant().getEpochSecond()));
                }
                return changed;
            });
        } catch (IOException | RuntimeException e) {
            return "Could not change the reading list at " + file.path() + ".";
        }
        String problem = after.problem() == null ? "" : " " + after.problem();
        if (!added[0]) {
            loader.release(target);
            return "Removed from the reading list." + problem;
        }
        // Short enough for the status row of an 80-column terminal beside the page count.
        return (loader.keep(target) ? "Saved to the reading list (kept offline)." : "Saved to the reading list.")
                + problem;
    }
}
