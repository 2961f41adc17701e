package dev.lede.launch;

import dev.lede.cli.ExitCode;
import dev.lede.cli.Invocation;
import dev.lede.cli.LedeCommand;
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
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A lede process started ahead of time and warmed up, waiting for the launcher to hand it a
 * user's command line: the next {@code lede} in a terminal paints its first screen without
 * waiting for a JVM to start, load its classes and compile the code that reads an article. Only
 * when the user turns spares on ({@code spare = on}, {@code LEDE_SPARE=1}): a spare holds memory
 * while it waits.
 *
 * <p>The launcher ({@code dist/lede}) is the other side. In a directory only the user can enter
 * ({@link SpareDirectory}, checked by both sides):
 * <ol>
 *   <li>a spare makes {@code starting.PID/} holding a {@code key} file (the JVM, jar, locale and
 *       time zone it was started for: a launcher for another uses another spare; then the spare's
 *       process id and start time, so that a reused id is never taken for it), rehearses, makes
 *       two FIFOs, {@code request} and {@code reply}, holds both open, and renames the directory
 *       {@code ready.PID};</li>
 *   <li>a launcher checks the record against {@code /proc}, claims the spare by renaming
 *       {@code ready.PID} to {@code claimed.PID} (of two launchers, one rename wins), opens
 *       {@code reply} (and keeps it open), and writes to {@code request} its own PID, the number
 *       of arguments and the arguments, each ended by a NUL byte;</li>
 *   <li>the spare checks the launcher ({@link Peer}: the user's, holding the reply FIFO, with the
 *       spare's own credentials), takes its terminal, environment and working directory from
 *       {@code /proc}, runs the command line on them, and writes the exit status, a line, to
 *       {@code reply}, or {@value #DECLINED} and why when it cannot, and the launcher runs lede
 *       itself. A spare that dies closes {@code reply}: the launcher reads the end of the file.</li>
 * </ol>
 * The launcher and spare talk through FIFOs rather than a Unix socket, whose peer credentials
 * would name the client: a shell cannot open a socket without a helper program, and starting one
 * (a JVM) would cost the time the spare saves. The FIFOs' directory is what a socket's cookie
 * would prove (only the user can enter it), and /proc names the client (the one process holding
 * the reply FIFO).
 *
 * <p>A spare no one claims for {@link #IDLE} leaves, as does one whose jar is rebuilt or whose
 * directory is removed. Each spare serves one command line and exits.
 */
public final class Spare {
    /** How long a spare waits to be claimed before it leaves, giving its memory back. */
    static final Duration IDLE = Duration.ofMinutes(10);
    /** What the reply starts with when the spare cannot serve the command line; the reason follows. */
    static final String DECLINED = "cold";
    /** The memory the machine must have free for a spare to start: it would hold about 100 MB. */
    static final long MIN_AVAILABLE_KB = 512L * 1024;
    /** The first process the kernel ends when memory runs out: a spare can always be done without. */
    static final String OOM_FIRST = "1000";
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
     * {@code LEDE_SPARE_KEY}. The launcher starts it in {@code /}, its inherited descriptors closed.
     */
    public static void main(String[] args) throws Exception {
        Main.setUpProcess();
        String key = System.getenv().getOrDefault("LEDE_SPARE_KEY", "");
        System.exit(new Spare(Path.of(args[0])).serve(key, Path.of(args[1])));
    }

    private int serve(String key, Path jar) throws IOException, InterruptedException {
        if (SpareDirectory.unsafe(directory) != null || !enoughMemory(Files.readString(Path.of("/proc/meminfo")))) {
            return ExitCode.OK;
        }
        // Best effort: a kernel without the file still runs the spare.
        try {
            Files.writeString(Path.of("/proc/self/oom_score_adj"), OOM_FIRST);
        } catch (IOException e) {
            // no such control
        }
        Path starting = SpareDirectory.of(directory, SpareDirectory.STARTING, pid);
        Runtime.getRuntime().addShutdownHook(new Thread(this::removeOwnDirectories, "lede-spare-cleanup"));
        try {
            // Never the directory itself: one removed means no more spares.
            Files.createDirectory(starting, PosixFilePermissions.asFileAttribute(SpareDirectory.OWNER_ONLY));
        } catch (NoSuchFileException e) {
            return ExitCode.OK;
        }
        SpareDirectory.writeKey(starting, key, pid, ProcFiles.startTime(pid));
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
            return run(given, claimed.resolve("reply"), replies);
        }
    }

    /** Whether /proc/meminfo's {@code text} leaves room for a spare. */
    static boolean enoughMemory(String meminfo) {
        for (String line : meminfo.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 2 && fields[0].equals("MemAvailable:")) {
                try {
                    return Long.parseLong(fields[1]) >= MIN_AVAILABLE_KB;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false; // a kernel too old to say: no spare
    }

    private int run(SpareRequest given, Path reply, RandomAccessFile replies) throws IOException {
        Launcher launcher;
        TerminalDevice device;
        PrintStream terminal;
        try {
            long started = Peer.verify(given.pid(), reply);
            launcher = Launcher.adopt(given.pid());
            // What was read is that launcher's, not of a process that took its id since.
            if (ProcFiles.startTime(given.pid()) != started) {
                throw new IOException("process " + given.pid() + " ended");
            }
            if (ProcFiles.owner(launcher.tty().toPath()) != ProcFiles.ownUser()) {
                throw new IOException(launcher.tty() + " is not the user's terminal");
            }
            device = TerminalDevice.at(launcher.tty());
            terminal = new PrintStream(new FileOutputStream(launcher.tty(), true), true, StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            String why = (DECLINED + ": " + e.getMessage()).replaceAll("[^\\x20-\\x7e]", "?");
            replies.write((why + "\n").getBytes(StandardCharsets.US_ASCII));
            return ExitCode.OK;
        }
        takeOomScoreOf(given.pid());
        // The launcher waits on the reader; if it goes (killed, hung up), so does the reader, terminal given back.
        ProcessHandle.of(given.pid()).ifPresentOrElse(
                handle -> handle.onExit().thenRun(() -> System.exit(ExitCode.INTERNAL)),
                () -> System.exit(ExitCode.INTERNAL));
        System.setOut(terminal);
        System.setErr(terminal);
        int status = LedeCommand.run(new Invocation(List.of(given.args()), launcher.environment(),
                launcher.workingDirectory(), device, terminal, terminal));
        terminal.flush();
        replies.write((status + "\n").getBytes(StandardCharsets.US_ASCII));
        return status;
    }

    /** The reader the user now runs is not spare: it takes the launcher's standing with the out-of-memory killer. */
    private static void takeOomScoreOf(long launcher) {
        try {
            Files.writeString(Path.of("/proc/self/oom_score_adj"),
                    Files.readString(ProcFiles.of(launcher).resolve("oom_score_adj")).strip());
        } catch (IOException e) {
            // a lower score than a spare's may need privileges the user lacks: the run goes on
        }
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
