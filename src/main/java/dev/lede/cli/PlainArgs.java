package dev.lede.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command lines nearly every run uses — addresses or files, on/off switches, a dump format —
 * read without picocli. Picocli's classes are compiled for Java 5, which class-data sharing
 * cannot archive, and building its model by reflection costs a third of the time to first paint;
 * anything this reader does not know for certain is left to picocli, which then reads it (and
 * words any mistake) exactly as before.
 *
 * @param switches the on/off options given, by long name
 * @param format   the {@code --format} value given, or {@code null}
 * @param inputs   the addresses and files, in order
 */
record PlainArgs(Set<String> switches, String format, List<String> inputs) {
    /** Options that take no value and mean the same wherever they stand. */
    static final Set<String> SWITCHES = Set.of("--demo", "--no-color", "--dump", "--ascii", "--offline", "--verbose");
    private static final String FORMAT = "--format";
    private static final Set<String> FORMATS = Set.of("text", "json", "markdown");

    /** {@code args} read, or empty when picocli must read them. */
    static Optional<PlainArgs> of(String[] args) {
        Set<String> switches = new HashSet<>();
        String format = null;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (SWITCHES.contains(arg)) {
                if (!switches.add(arg)) {
                    return Optional.empty(); // picocli says an option is given once
                }
            } else if (arg.equals(FORMAT) && i + 1 < args.length && format == null && FORMATS.contains(args[i + 1])) {
                format = args[++i];
            } else if (arg.startsWith("-") || arg.startsWith("@")) {
                return Optional.empty(); // other options, "--", "-" and argument files (@FILE) are picocli's
            } else {
                inputs.add(arg);
            }
        }
        return Optional.of(new PlainArgs(Set.copyOf(switches), format, List.copyOf(inputs)));
    }

    /** Whether the switch {@code name} was given. */
    boolean has(String name) {
        return switches.contains(name);
    }
}
