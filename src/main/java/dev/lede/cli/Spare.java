package dev.lede.cli;

import dev.lede.launch.FileTrees;
import dev.lede.launch.Launcher;
import dev.lede.launch.Main;
import dev.lede.launch.Rehearsal;
import dev.lede.tui.TerminalDevice;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A lede process started ahead of time and warmed up, waiting for the launcher to hand it a
 * user's command line: the next {@code lede} in a terminal paints its first screen without
 * waiting for a JVM to start, load its classes and compile the code that reads an article.
 *
 * <p>The launcher ({@code dist/lede}) is the other side. In a directory only the user can enter:
 * <ol>
 *   <li>a spare makes {@code starting.PID/} holding a {@code key} line (the JVM, jar, locale and
 *       time zone it was started for: a launcher for another uses another spare), rehearses, makes
 *       two FIFOs, {@code request} and {@code reply}, holds both open, and renames the directory
 *       {@code ready.PID};</li>
 *   <li>a launcher claims it by renaming {@code ready.PID} to {@code claimed.PID} (of two
 *       launchers, one rename wins), opens {@code reply}, and writes to {@code request} its own
 *       PID, the number of arguments and the arguments, each ended by a NUL byte;</li>
 *   <li>the spare takes the launcher's terminal, environment and working directory from
 *       {@code /proc}, runs the command line on them, and writes the exit status, a line, to
 *       {@code reply}, or {@value #DECLINED} and why when it cannot (standard streams that are not one
 *       terminal), and the launcher runs lede itself. A spare that dies closes {@code reply}: the
 *       launcher reads the end of the file.</li>
 * </ol>
 * A spare no one claims for {@link #IDLE} leaves, as does one whose jar is rebuilt or whose
 * directory is removed. Each spare serves one command line and exits.
 */
public final class Spare {
    /** How long a spare waits to be claimed before it leaves, giving its memory back. */
    static final Duration IDLE = Duration.ofMinutes(30);
    /** What the reply starts with when the spare cannot serve the command line; the reason follows. */
    static final String DECLINED = "cold";
    /** How long a claimed spare waits for its command line: a launcher killed in between never sends one. */
    private static final Duration CLAIMED_WITHOUT_REQUEST = Duration.ofSeconds(10);
    private static final long WATCH_MILLIS = 2_000;

    private final Path directory;
    private final long pid = ProcessHandle.current().pid();
    private final Path ready;
    private final Path claimed;
    private volatile boolean requested;

    private Spare(Path directory) {
        this.directory = directory;
        this.ready = SpareDirectory.of(directory, SpareDirectory.READY, pid);
        this.claimed = SpareDirectory.of(directory, SpareDirectory.CLAIMED, pid);
    }

    /**
     * Arguments: the spare directory and the jar (a rebuilt jar retires the spare). The key is
     * {@code LEDE_SPARE_KEY}.
     */
    public static void main(String[] args) throws Exception {
        Main.setUpProcess();
        String key = System.getenv().getOrDefault("LEDE_SPARE_KEY", "");
        System.exit(new Spare(Path.of(args[0])).serve(key, Path.of(args[1])));
    }

    private int serve(String key, Path jar) throws IOException, InterruptedException {
        Path starting = SpareDirectory.of(directory, SpareDirectory.STARTING, pid);
        Runtime.getRuntime().addShutdownHook(new Thread(this::removeOwnDirectories, "lede-spare-cleanup"));
        try {
            Files.createDirectory(starting); // never the directory itself: one removed means no more spares
        } catch (NoSuchFileException e) {
            return ExitCode.OK;
        }
        Files.writeString(starting.resolve("key"), key + "\n", StandardCharsets.UTF_8);
        if (SpareDirectory.anotherServes(directory, key, pid)) {
            return ExitCode.OK; // two launchers started one each: one is enough
        }
        Rehearsal.run(Rehearsal.QUICK_KEY_GAP_MILLIS);
        Path request = starting.resolve("request");
        Path reply = starting.resolve("reply");
        Process fifos = new ProcessBuilder("mkfifo", "-m", "600", request.toString(), reply.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (fifos.waitFor() != 0) {
            return ExitCode.INTERNAL;
        }
        // Both held open for reading and writing: neither side's open ever waits for the other.
        try (RandomAccessFile requests = new RandomAccessFile(request.toFile(), "rw");
             RandomAccessFile replies = new RandomAccessFile(reply.toFile(), "rw")) {
            Files.move(starting, ready, StandardCopyOption.ATOMIC_MOVE);
            watch(jar);
            SpareRequest given = SpareRequest.read(new FileInputStream(requests.getFD()));
            requested = true;
            return run(given, replies);
        }
    }

    private int run(SpareRequest given, RandomAccessFile replies) throws IOException {
        Launcher launcher;
        TerminalDevice device;
        PrintStream terminal;
        try {
            launcher = Launcher.adopt(given.pid());
            device = TerminalDevice.at(launcher.tty()); // another user's terminal (sudo) cannot be opened
            terminal = new PrintStream(new FileOutputStream(launcher.tty(), true), true, StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            String why = (DECLINED + ": " + e.getMessage()).replaceAll("[^\\x20-\\x7e]", "?");
            replies.write((why + "\n").getBytes(StandardCharsets.US_ASCII));
            return ExitCode.OK;
        }
        // The launcher waits on the reader; if it goes (killed), so does the reader, terminal given back.
        ProcessHandle.of(given.pid()).ifPresentOrElse(
                handle -> handle.onExit().thenRun(() -> System.exit(ExitCode.INTERNAL)),
                () -> System.exit(ExitCode.INTERNAL));
        System.setOut(terminal);
        System.setErr(terminal);
        int status = LedeCommand.run(new Invocation(java.util.List.of(given.args()), launcher.environment(),
                launcher.workingDirectory(), device, terminal, terminal));
        terminal.flush();
        replies.write((status + "\n").getBytes(StandardCharsets.US_ASCII));
        return status;
    }

    /**
     * Retires the spare when it has waited {@link #IDLE}, when its jar changes (it would run old
     * code) or when its directory goes; exits a claimed spare that is never sent its command line.
     */
    private void watch(Path jar) throws IOException {
        FileTime built = Files.getLastModifiedTime(jar);
        long started = System.nanoTime();
        Thread watcher = new Thread(() -> {
            long claimedAt = 0;
            while (!requested) {
                sleep(WATCH_MILLIS);
                if (Files.isDirectory(claimed)) {
                    claimedAt = claimedAt == 0 ? System.nanoTime() : claimedAt;
                    if (!requested && System.nanoTime() - claimedAt > CLAIMED_WITHOUT_REQUEST.toNanos()) {
                        System.exit(ExitCode.OK);
                    }
                } else if (!Files.isDirectory(ready) || System.nanoTime() - started > IDLE.toNanos()
                        || !built.equals(modified(jar))) {
                    retire();
                }
            }
        }, "lede-spare-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Leaves unless a launcher claims the spare first: of its rename and ours, one wins. */
    private void retire() {
        try {
            Files.move(ready, SpareDirectory.of(directory, SpareDirectory.RETIRED, pid), StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            if (Files.isDirectory(claimed)) {
                return; // claimed in the meantime: serve
            }
        } catch (IOException e) {
            // cannot rename: leave anyway
        }
        System.exit(ExitCode.OK);
    }

    private void removeOwnDirectories() {
        for (String state : new String[] {SpareDirectory.STARTING, SpareDirectory.READY, SpareDirectory.CLAIMED,
                SpareDirectory.RETIRED}) {
            try {
                FileTrees.delete(SpareDirectory.of(directory, state, pid));
            } catch (IOException e) {
                // a leftover directory of a dead spare is removed by the next one
            }
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
