package dev.lede.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the caches have done in this run, for the info screen and {@code --verbose}.
 *
 * @param memoryHits    articles answered from memory
 * @param memoryMisses  articles that had to be loaded
 * @param memoryEntries articles held in memory now
 * @param layoutHits    layouts reused (Back, resize and back, reopening)
 * @param layoutMisses  layouts computed
 * @param disk          the disk cache's figures, or {@code null} when there is none
 */
public record CacheFigures(long memoryHits, long memoryMisses, long memoryEntries, long layoutHits,
                           long layoutMisses, Disk disk) {

    /**
     * @param directory   where the disk cache lives
     * @param offline     whether only the cache is read
     * @param hits        stored copies found
     * @param misses      pages not stored
     * @param revalidated stored copies confirmed by a 304, costing no body
     * @param downloaded  pages whose body came over the network
     * @param damaged     damaged entries dropped
     */
    public record Disk(String directory, boolean offline, long hits, long misses, long revalidated, long downloaded,
                       long damaged) {
    }

    /** The figures as lines a reader can scan. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "memory: %d hits, %d misses, %d articles held",
                memoryHits, memoryMisses, memoryEntries));
        lines.add(String.format(Locale.ROOT, "layouts: %d hits, %d misses", layoutHits, layoutMisses));
        if (disk == null) {
            lines.add("disk: no disk cache");
        } else {
            lines.add(String.format(Locale.ROOT, "disk%s: %d hits, %d misses; %d revalidated (304), %d downloaded%s",
                    disk.offline ? " (offline)" : "", disk.hits, disk.misses, disk.revalidated, disk.downloaded,
                    disk.damaged == 0 ? "" : ", " + disk.damaged + " damaged entries dropped"));
            lines.add("disk cache: " + disk.directory);
        }
        return lines;
    }
}
