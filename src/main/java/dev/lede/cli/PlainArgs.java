package dev.lede.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The command lines nearly every run uses — addresses or files, on/off switches, a dump format,
 * a width, a prefetch count, a timeout, a User-Agent, a cache directory or a configuration file —
 * read without picocli. Picocli's classes are compiled for Java 5, which class-data sharing
 * cannot archive, and building its model by reflection costs a third of the time to first paint;
 * anything this reader does not know for certain is left to picocli, which then reads it (and
 * words any mistake) exactly as before.
 *
 * @param switches the on/off options given, by long name
 * @param format   the {@code --format} value given, or {@code null}
 * @param values   the other options given with their value, by long name
 * @param inputs   the addresses and files, in order
 */
record PlainArgs(Set<String> switches, String format, Map<String, String> values, List<String> inputs) {
    /** Options that take no value and mean the same wherever they stand. */
    static final Set<String> SWITCHES = Set.of("--demo", "--no-color", "--dump", "--ascii", "--offline", "--verbose");
    private static final String FORMAT = "--format";
    private static final Set<String> FORMATS = Set.of("text", "json", "markdown");
    /** Options whose value is a count: read here only when written as picocli reads it the same way. */
    static final Set<String> COUNTS = Set.of("--width", "--prefetch", "--timeout");
    /** Options whose value is a word or a path, taken as given. */
    static final Set<String> WORDS = Set.of("--user-agent", "--cache-dir", "--config");
    /** A count with no sign, no leading zero and no more digits than an int surely holds. */
    private static final Pattern COUNT = Pattern.compile("0|[1-9][0-9]{0,8}");

    /** {@code args} read, or empty when picocli must read them. */
    static Optional<PlainArgs> of(String[] args) {
        Set<String> switches = new HashSet<>();
        String format = null;
        Map<String, String> values = new HashMap<>();
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (SWITCHES.contains(arg)) {
                if (!switches.add(arg)) {
                    return Optional.empty(); // picocli says an option is given once
                }
            } else if (arg.equals(FORMAT) && i + 1 < args.length && format == null && FORMATS.contains(args[i + 1])) {
                format = args[++i];
            } else if ((COUNTS.contains(arg) || WORDS.contains(arg)) && i + 1 < args.length) {
                String value = args[++i];
                boolean plain = COUNTS.contains(arg) ? COUNT.matcher(value).matches()
                        : !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@");
                if (!plain || values.put(arg, value) != null) {
                    return Optional.empty(); // picocli words what is wrong, or says an option is given once
                }
            } else if (arg.startsWith("-") || arg.startsWith("@")) {
                return Optional.empty(); // other options, "--", "-" and argument files (@FILE) are picocli's
            } else {
                inputs.add(arg);
            }
        }
        return Optional.of(new PlainArgs(Set.copyOf(switches), format, Map.copyOf(values), List.copyOf(inputs)));
    }

    /** Whether the option {@code name} was given. */
    boolean has(String name) {
        return switches.contains(name) || values.containsKey(name);
    }

    /** The value given to the option {@code name}, or {@code null}. */
    String value(String name) {
        return values.get(name);
    }
}
