package dev.lede.cli;

import dev.lede.tui.TerminalDevice;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run of lede as whoever starts it sees the user: everything a command line needs from the
 * outside world, handed in, so that {@link LedeCommand#run(Invocation)} reads nothing from the
 * process itself. The process's own run, the rehearsal's stand-in runs and a spare's run for
 * another process's terminal differ only in the invocation they build.
 *
 * @param args             the command line's arguments, without the program's name
 * @param env              the user's environment (HOME, TERM, NO_COLOR, proxies, $BROWSER...)
 * @param workingDirectory where relative file names, {@code --config} and {@code --cache-dir} point
 * @param terminal         where the full-screen reader runs
 * @param out              where {@code --dump}, help and version go
 * @param err              where messages go
 */
public record Invocation(List<String> args, Map<String, String> env, Path workingDirectory,
                         TerminalDevice terminal, OutputStream out, OutputStream err) {
    public Invocation {
        args = List.copyOf(args);
        env = Map.copyOf(env);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }
}
