package dev.lede.app;

import dev.lede.reader.TerminalLender;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Opens an address in the user's {@code $BROWSER}, following the convention newsboat, mutt and
 * xdg-utils share: a colon-separated list of commands tried in order until one starts, each a
 * program name or a command line with {@code %s} for the address (else the address goes last).
 * A graphical browser runs detached, its output discarded, so it cannot write over the reader's
 * screen; a terminal browser (w3m, lynx, ...) is handed the terminal by a {@link TerminalLender}
 * and the reader waits for it. Only http and https addresses are handed over: a browser given a
 * {@code file:} or {@code javascript:} address does what the page's author chose.
 */
final class Browser {
    /** Programs that draw in the terminal they are started from, so need it handed over. */
    static final Set<String> TERMINAL_BROWSERS = Set.of("w3m", "lynx", "elinks", "links", "links2", "www-browser");

    private static final String UNSET = "Set $BROWSER to open pages in a browser.";

    private Browser() {
    }

    /**
     * One entry of $BROWSER made ready to run.
     *
     * @param words    the command line, the address one word of it
     * @param terminal whether it needs the terminal
     */
    record Command(List<String> words, boolean terminal) {
        Command {
            words = List.copyOf(words);
        }

        String program() {
            return words.get(0);
        }
    }

    /**
     * Opens {@code url} with the first command of $BROWSER in {@code environment} that starts,
     * in that environment; a graphical one detached, a terminal one in the terminal lent by
     * {@code lender}, waited for.
     *
     * @param terminalSetting {@code browser-terminal} from the configuration: {@code true} or
     *                        {@code false} says whether every $BROWSER entry is a terminal program;
     *                        {@code null} judges each by its name
     * @return one line for the status bar saying what happened
     */
    static String open(Map<String, String> environment, String url, Boolean terminalSetting, TerminalLender lender) {
        if (!isWeb(url)) {
            return "Only web addresses open in a browser.";
        }
        List<Command> commands = commands(environment.get("BROWSER"), url, terminalSetting);
        if (commands.isEmpty()) {
            return UNSET;
        }
        String failed = null;
        for (Command command : commands) {
            if (!runnable(command.program(), environment.get("PATH"))) {
                failed = command.program();
                continue;
            }
            try {
                ProcessBuilder browser = new ProcessBuilder(command.words());
                browser.environment().clear();
                browser.environment().putAll(environment);
                if (command.terminal()) {
                    int status = lender.lend(browser);
                    return status == 0 ? "Back from " + command.program() + "."
                            : command.program() + " ended with status " + status + ".";
                }
                browser.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                return "Opened in " + command.program() + ".";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "Stopped waiting for " + command.program() + ".";
            } catch (IOException | RuntimeException e) {
                failed = command.program();
            }
        }
        return "Could not start the browser '" + failed + "'.";
    }

    /** Opens {@code url} with no terminal to lend: a terminal browser cannot run. */
    static String open(Map<String, String> environment, String url) {
        return open(environment, url, null, TerminalLender.NONE);
    }

    /** Whether {@code url} is an http or https address, the only kind handed to a browser. */
    static boolean isWeb(String url) {
        try {
            String scheme = URI.create(url).getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The entries of {@code browserVariable}, in order, ready to run on {@code url}. */
    static List<Command> commands(String browserVariable, String url, Boolean terminalSetting) {
        List<Command> commands = new ArrayList<>();
        if (browserVariable == null) {
            return commands;
        }
        for (String entry : browserVariable.split(":")) {
            List<String> words = command(entry, url);
            if (!words.isEmpty()) {
                boolean terminal = terminalSetting != null ? terminalSetting : isTerminalBrowser(words.get(0));
                commands.add(new Command(words, terminal));
            }
        }
        return commands;
    }

    private static boolean isTerminalBrowser(String program) {
        String name = program.substring(program.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return TERMINAL_BROWSERS.contains(name);
    }

    /** Whether {@code program} names an executable file, by path or on {@code path}: so a missing one is skipped before the terminal is handed over. */
    static boolean runnable(String program, String path) {
        if (program.contains("/")) {
            return new File(program).canExecute();
        }
        for (String dir : (path == null ? "" : path).split(":")) {
            if (!dir.isEmpty() && new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }

    /** The command line for one $BROWSER entry; the address is always one argument, never re-split. */
    static List<String> command(String entry, String url) {
        List<String> words = new ArrayList<>();
        boolean placed = false;
        for (String word : entry.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.contains("%s")) {
                words.add(word.replace("%s", url));
                placed = true;
            } else {
                words.add(word);
            }
        }
        if (!words.isEmpty() && !placed) {
            words.add(url);
        }
        return words;
    }
}
