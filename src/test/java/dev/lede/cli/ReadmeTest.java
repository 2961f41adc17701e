package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.reader.Action;
import dev.lede.reader.Key;
import dev.lede.reader.Keymap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README is written by hand, and a reader trusts it: its "Command line" block lists every
 * option {@code lede --help} prints (read from the picocli model, so an option added later is
 * caught too) with the same argument and default, and its keys table has every key the keymap
 * binds, grouped as the keymap groups them.
 */
class ReadmeTest {
    private static final Path README = Path.of("README.md");
    /** An option line of the block: two spaces, the names and argument, two or more spaces, what it does. */
    private static final Pattern OPTION_LINE = Pattern.compile("^  (-[^ ].*?)(?: {2,}(.*))?$");
    /** "(default 72)", "(default: 72)", "(default 5; 0 turns it off)": the value alone. */
    private static final Pattern DEFAULT = Pattern.compile("\\(default:? ([^;)]+)");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| (.*?) \\| (.*) \\|$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** One option as the README lists it. */
    private record Listed(Set<String> names, String argument, String description) {
    }

    private static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }

    /** The fenced block under {@code heading}'s first line, or the lines of the section up to a blank line. */
    private static List<String> section(String heading, String opening) throws IOException {
        String text = readme();
        int at = text.indexOf("\n" + heading + "\n");
        assertTrue(at >= 0, "README lacks the heading " + heading);
        int start = text.indexOf(opening, at);
        assertTrue(start >= 0, "README's " + heading + " lacks " + opening);
        int end = opening.equals("```\n") ? text.indexOf("```", start + opening.length()) : text.indexOf("\n\n", start);
        return text.substring(start + opening.length(), end).lines().toList();
    }

    /** The README's options by their longest name, in its order. */
    private static Map<String, Listed> listedOptions() throws IOException {
        Map<String, Listed> listed = new LinkedHashMap<>();
        Listed last = null;
        for (String line : section("### Command line", "```\n")) {
            Matcher option = OPTION_LINE.matcher(line);
            if (option.matches()) {
                String[] head = option.group(1).split(", ");
                String[] lastName = head[head.length - 1].split(" ", 2);
                head[head.length - 1] = lastName[0];
                Set<String> names = new LinkedHashSet<>(List.of(head));
                last = new Listed(names, lastName.length > 1 ? lastName[1] : null,
                        option.group(2) == null ? "" : option.group(2));
                listed.put(longest(names), last);
            } else if (last != null && line.startsWith("    ")) { // the description goes on
                Listed more = new Listed(last.names(), last.argument(), (last.description() + " " + line.strip()).strip());
                listed.put(longest(more.names()), more);
                last = more;
            }
        }
        return listed;
    }

    private static String longest(Set<String> names) {
        return names.stream().reduce((a, b) -> b.length() > a.length() ? b : a).orElseThrow();
    }

    /** The options --help prints, from the same model picocli prints it from. */
    private static List<OptionSpec> helpOptions() {
        List<OptionSpec> options = new ArrayList<>();
        for (OptionSpec option : LedeCommand.commandLine(Map.of()).getCommandSpec().options()) {
            if (!option.hidden()) {
                options.add(option);
            }
        }
        return options;
    }

    /** The default an option's help text states, or {@code null} when it states none. */
    private static String statedDefault(String description) {
        Matcher stated = DEFAULT.matcher(description);
        return stated.find() ? stated.group(1).strip() : null;
    }

    @Test
    void commandLineBlock_everyOptionOfHelp_listedWithItsNamesArgumentAndDefault() throws IOException {
        Map<String, Listed> listed = listedOptions();
        List<String> wrong = new ArrayList<>();
        for (OptionSpec option : helpOptions()) {
            Listed entry = listed.get(option.longestName());
            if (entry == null) {
                wrong.add(option.longestName() + " is not listed");
                continue;
            }
            if (!entry.names().equals(new HashSet<>(List.of(option.names())))) {
                wrong.add(option.longestName() + ": names " + entry.names() + ", help says " + List.of(option.names()));
            }
            String argument = null;
            if (option.arity().max() > 0) {
                argument = option.paramLabel();
            }
            List<String> candidates = new ArrayList<>();
            if (option.completionCandidates() != null) {
                option.completionCandidates().forEach(candidates::add);
            }
            boolean argumentAgrees = argument == null ? entry.argument() == null
                    : argument.equals(entry.argument()) || String.join("|", candidates).equals(entry.argument());
            if (!argumentAgrees) {
                wrong.add(option.longestName() + ": argument " + entry.argument() + ", help says " + argument
                        + (candidates.isEmpty() ? "" : " (" + String.join("|", candidates) + ")"));
            }
            String help = String.join(" ", option.description())
                    .replace("${DEFAULT-VALUE}", String.valueOf(option.defaultValue()));
            String helpDefault = statedDefault(help);
            String readmeDefault = statedDefault(entry.description());
            if (helpDefault == null ? readmeDefault != null : !helpDefault.equals(readmeDefault)) {
                wrong.add(option.longestName() + ": default " + readmeDefault + ", help says " + helpDefault);
            }
        }
        assertEquals(List.of(), wrong, "README's Command line block and lede --help disagree");
    }

    @Test
    void commandLineBlock_listsNoOptionLedeLacks() throws IOException {
        Set<String> known = new HashSet<>();
        for (OptionSpec option : helpOptions()) {
            known.add(option.longestName());
        }
        Set<String> unknown = new LinkedHashSet<>(listedOptions().keySet());
        unknown.removeAll(known);
        assertEquals(Set.of(), unknown, "README lists options lede does not have");
    }

    /** The keys column of the README's keys table, row by row, each row split at " / " into groups of keys. */
    private static List<List<Set<Key>>> keysTable() throws IOException {
        List<List<Set<Key>>> rows = new ArrayList<>();
        for (String line : section("### Keys", "| keys | action |\n|---|---|\n")) {
            Matcher row = TABLE_ROW.matcher(line);
            assertTrue(row.matches(), "not a table row: " + line);
            List<Set<Key>> groups = new ArrayList<>();
            for (String group : row.group(1).split(" / ")) {
                Set<Key> keys = new LinkedHashSet<>();
                Matcher code = CODE.matcher(group);
                while (code.find()) {
                    keys.add(Key.parse(code.group(1)));
                }
                groups.add(keys);
            }
            rows.add(groups);
        }
        return rows;
    }

    @Test
    void keysTable_everyBindingOfTheKeymap_isAGroupOfItsOwn() throws IOException {
        Set<Set<Key>> groups = new HashSet<>();
        for (List<Set<Key>> row : keysTable()) {
            groups.addAll(row);
        }
        List<String> missing = new ArrayList<>();
        for (Keymap.Binding binding : Keymap.defaults().bindings()) {
            // The related list's own keys are told in the Tab row's words ("Enter opens").
            if (binding.action() != Action.ACTIVATE && !groups.contains(new LinkedHashSet<>(binding.keys()))) {
                missing.add(binding.keysLabel() + " (" + binding.action().configName() + ")");
            }
        }
        assertEquals(List.of(), missing, "README's keys table lacks these keys, or groups them otherwise");
    }

    @Test
    void keysTable_namesNoKeyTheKeymapLeavesUnbound() throws IOException {
        Keymap keymap = Keymap.defaults();
        List<Key> unbound = new ArrayList<>();
        for (List<Set<Key>> row : keysTable()) {
            for (Set<Key> group : row) {
                for (Key key : group) {
                    if (keymap.reading(key) == null && keymap.panel(key) == null) {
                        unbound.add(key);
                    }
                }
            }
        }
        assertEquals(List.of(), unbound, "README's keys table names keys that do nothing");
    }
}
