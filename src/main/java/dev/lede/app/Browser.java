package dev.lede.app;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Opens an address in the user's {@code $BROWSER}: a colon-separated list of commands, each
 * either a program name or a command line with {@code %s} for the address (the convention of
 * xdg-utils and Python's webbrowser). The browser runs detached, its output discarded, so it
 * cannot write over the reader's screen.
 */
final class Browser {
    private Browser() {
    }

    /**
     * Starts the first command of $BROWSER in {@code environment} on {@code url}, in that environment.
     *
     * @return one line for the status bar saying what happened
     */
    static String open(Map<String, String> environment, String url) {
        String browserVariable = environment.get("BROWSER");
        if (browserVariable == null || browserVariable.isBlank()) {
            return "Set $BROWSER to open pages in a browser.";
        }
        String first = browserVariable.split(":")[0].strip();
        List<String> command = command(first, url);
        if (command.isEmpty()) {
            return "Set $BROWSER to open pages in a browser.";
        }
        try {
            ProcessBuilder browser = new ProcessBuilder(command);
            browser.environment().clear();
            browser.environment().putAll(environment);
            browser.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return "Opened in " + command.get(0) + ".";
        } catch (IOException | RuntimeException e) {
            return "Could not start the browser '" + command.get(0) + "'.";
        }
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
