package dev.lede.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The directory where {@link Spare}s wait: where it is, whether it is safe to use, which spares in
 * it are alive, and for what. A spare's own directory is named after its state and process id; the
 * launcher ({@code dist/lede}) reads the same names and the same {@value #KEY} file.
 *
 * <p>Everything a spare and a launcher exchange (the key, the FIFOs) lies in a directory that only
 * the user can enter, inside one that only the user can change: so no other account can plant a
 * spare (a FIFO, a link to a file of the user's, a directory named {@code ready.-1}) for the
 * user's launcher to trust, or move the user's own away and put another in its place.
 */
final class SpareDirectory {
    static final String STARTING = "starting.";
    static final String READY = "ready.";
    static final String CLAIMED = "claimed.";
    static final String RETIRED = "retired.";
    /** A spare's record: its key line, then its process id and start time. */
    static final String KEY = "key";
    /** The user's own: read, write and enter for the owner, nothing for group and others. */
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /** A spare's record, read back. */
    record Entry(Path directory, String key, long pid, long startTime) {
    }

    private SpareDirectory() {
    }

    /**
     * Where the user's spares on this machine wait, as the launcher puts them: under
     * {@code $XDG_RUNTIME_DIR}, else the cache directory ({@code $XDG_CACHE_HOME}, else
     * {@code ~/.cache}), in {@code lede-spares/HOST} (a home shared over NFS is seen by other
     * machines, whose processes are not this one's). Empty without any of them: never /tmp.
     */
    static Optional<Path> locate(Map<String, String> env, String host) {
        for (String base : new String[] {env.get("XDG_RUNTIME_DIR"), env.get("XDG_CACHE_HOME"),
                env.get("HOME") == null ? null : env.get("HOME") + "/.cache"}) {
            if (base != null && !base.isEmpty()) {
                // The launcher takes the first one set, and never uses a relative one.
                return base.startsWith("/") ? Optional.of(Path.of(base, "lede-spares", host)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** This machine's name, as the launcher reads it. */
    static String host() {
        try {
            String name = Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
            return name.isEmpty() ? "localhost" : name;
        } catch (IOException e) {
            return "localhost";
        }
    }

    /**
     * Why the spare directory {@code spares} must not be used, or {@code null} when it is the
     * user's own: it and its parent ({@code lede-spares}) owned by the user with mode 0700, and the
     * base above them (the runtime directory) owned by the user and closed to group and others.
     * A link anywhere on the way is refused: its target is not what was checked.
     */
    static String unsafe(Path spares) {
        try {
            int user = ProcFiles.ownUser();
            for (Path directory : List.of(spares.getParent().getParent(), spares.getParent(), spares)) {
                PosixFileAttributes attributes = Files.readAttributes(directory, PosixFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isDirectory()) {
                    return directory + " is not a directory";
                }
                if (ProcFiles.owner(directory) != user) {
                    return directory + " is not the user's own";
                }
                Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
                open.addAll(attributes.permissions());
                open.retainAll(GROUP_OR_OTHERS);
                if (!open.isEmpty()) {
                    return directory + " is open to others (mode "
                            + PosixFilePermissions.toString(attributes.permissions()) + ")";
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return spares + " cannot be checked: " + e.getMessage();
        }
    }

    /** Writes a spare's record, readable by the user only. */
    static void writeKey(Path spare, String key, long pid, long startTime) throws IOException {
        Path file = Files.createFile(spare.resolve(KEY), PosixFilePermissions.asFileAttribute(OWNER_FILE));
        Files.writeString(file, key + "\n" + pid + " " + startTime + "\n", StandardCharsets.UTF_8);
    }

    /** The record in a spare's directory, when there is one: a regular file, the user's. */
    static Optional<Entry> read(Path spare) {
        long named = pidOf(spare.getFileName().toString());
        try {
            Path file = spare.resolve(KEY);
            if (named <= 0 || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || ProcFiles.owner(file) != ProcFiles.ownUser()) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] process = lines.size() == 2 ? lines.get(1).split(" ") : new String[0];
            if (process.length != 2 || ProcFiles.pid(process[0]) != named) {
                return Optional.empty();
            }
            return Optional.of(new Entry(spare, lines.get(0), named, Long.parseLong(process[1])));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the spare {@code entry} records is running: the process with its id is the user's
     * and started when it says. Closes a stale directory whose process id was reused (after an
     * out-of-memory kill or a reboot): that process is never signalled nor trusted.
     */
    static boolean alive(Entry entry) {
        try {
            return ProcFiles.owner(ProcFiles.of(entry.pid())) == ProcFiles.ownUser()
                    && ProcFiles.startTime(entry.pid()) == entry.startTime();
        } catch (IOException e) {
            return false;
        }
    }

    /** The spares in {@code directory}, alive or not, with a record of theirs. */
    static List<Entry> entries(Path directory) throws IOException {
        List<Entry> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                read(entry).ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * Whether a live spare other than {@code self}, ready or started before it, has {@code key}. Directories
     * of spares that died (killed, or the machine went down) are removed on the way.
     */
    static boolean anotherServes(Path directory, String key, long self) throws IOException {
        boolean found = false;
        for (Entry entry : entries(directory)) {
            if (entry.pid() == self) {
                continue;
            }
            if (alive(entry)) {
                String name = entry.directory().getFileName().toString();
                // Of two starting at once, the one with the lower process id stays.
                boolean serves = name.startsWith(READY) || name.startsWith(STARTING) && entry.pid() < self;
                found |= serves && key.equals(entry.key());
            } else {
                FileTrees.delete(entry.directory());
            }
        }
        return found;
    }

    /** The directory of spare {@code pid} in {@code state}: {@link #STARTING}, {@link #READY}... */
    static Path of(Path directory, String state, long pid) {
        return directory.resolve(state + pid);
    }

    /** The process id in a spare's directory name ({@code ready.PID}, {@code starting.PID}...), or 0. */
    static long pidOf(String name) {
        return ProcFiles.pid(name.substring(name.indexOf('.') + 1));
    }
}
