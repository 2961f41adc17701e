package dev.lede.cli;

import dev.lede.article.TerminalText;
import dev.lede.launch.SpareControl;
import dev.lede.tui.Tui;
import java.time.Clock;
import java.util.Locale;

/** The program's entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        setUpProcess();
        System.exit(SpareControl.handles(args) ? SpareControl.run(args[0]) : LedeCommand.run(args));
    }

    /** What every lede process, the launcher's rehearsal included, sets first. */
    public static void setUpProcess() {
        useEnglishFormats();
        installCrashHandler();
    }

    /**
     * Formats numbers the way lede's English text is written, whatever the user's locale: the
     * related list is numbered 1, 2, 3 in an Arabic or Hindi locale too.
     */
    private static void useEnglishFormats() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    }

    /**
     * Makes an exception that no code caught, on any thread, end lede the same way: the terminal
     * given back, the details logged, one line saying where, exit status 70.
     */
    static void installCrashHandler() {
        Thread.setDefaultUncaughtExceptionHandler(Main::crash);
    }

    private static void crash(Thread thread, Throwable failure) {
        Tui.restoreTerminal(); // first: the screen must be usable to read the line below
        String line;
        try {
            // Made only now: the time zone it needs takes a while to load, and most runs never crash.
            line = new CrashReport(System.getenv(), Clock.systemDefaultZone()).report(failure, thread);
        } catch (Throwable e) { // the log failed too (out of memory): the short line still goes out
            line = Problems.describe(failure);
        }
        System.err.println("lede: " + TerminalText.line(line));
        System.err.flush();
        Runtime.getRuntime().halt(ExitCode.INTERNAL); // other threads may be wedged: do not wait for them
    }
}
