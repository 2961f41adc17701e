package dev.lede.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The launcher a request names, checked before a spare believes it. A request is only a process
 * id: the spare takes the terminal, environment and directory of that process from {@code /proc},
 * so it must be sure the id is the launcher that wrote the request, and that serving it gives the
 * run no other rights than the launcher has.
 */
final class Peer {
    private Peer() {
    }

    /**
     * Checks that process {@code pid} may be served by this spare.
     *
     * @param reply the spare's reply FIFO, which only the launcher that claimed it holds open
     * @return the launcher's start time, to check again once its terminal and environment are read
     * @throws IOException saying why not
     */
    static long verify(long pid, Path reply) throws IOException {
        long started = ProcFiles.startTime(pid);
        // Another user's process (or one that changed its credentials, which /proc hides) is not served.
        int user = ProcFiles.ownUser();
        if (ProcFiles.owner(ProcFiles.of(pid)) != user) {
            throw new IOException("process " + pid + " is another user's");
        }
        // Closes a request that names some other process of the user (a shell in another
        // terminal, to print there what the request asks): the launcher that claimed this
        // spare is the one process that opened its reply FIFO.
        if (!holds(pid, reply)) {
            throw new IOException("process " + pid + " does not hold the spare's reply");
        }
        // Closes a launcher with other rights than the spare's: groups dropped since, another
        // umask, another container or sandbox (namespaces), another control group.
        String difference = Credentials.of(ProcessHandle.current().pid()).differenceFrom(Credentials.of(pid));
        if (difference != null) {
            throw new IOException("process " + pid + " differs: " + difference);
        }
        return started;
    }

    /** Whether one of process {@code pid}'s open files is {@code file}. */
    static boolean holds(long pid, Path file) throws IOException {
        Object wanted = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(ProcFiles.of(pid).resolve("fd"))) {
            for (Path descriptor : descriptors) {
                try {
                    // Followed, the link is the open file itself (a FIFO's device and inode).
                    if (wanted.equals(Files.readAttributes(descriptor, BasicFileAttributes.class).fileKey())) {
                        return true;
                    }
                } catch (IOException e) {
                    // closed in the meantime
                }
            }
        }
        return false;
    }
}
