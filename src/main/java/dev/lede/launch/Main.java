package dev.lede.launch;

import dev.lede.cli.CrashReport;
import dev.lede.cli.ExitCode;
import dev.lede.cli.Invocation;
import dev.lede.cli.LedeCommand;
import dev.lede.tui.TerminalDevice;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The program's entry point: the process's own arguments, environment, directory, terminal and streams. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        setUpProcess();
        if (SpareControl.handles(args)) {
            System.exit(SpareControl.run(args[0]));
        }
        System.exit(LedeCommand.run(new Invocation(List.of(args), System.getenv(), Path.of(""),
                TerminalDevice.process(), System.out, System.err)));
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
        System.err.println(CrashReport.lineForCrash(System.getenv(), failure, thread));
        System.err.flush();
        Runtime.getRuntime().halt(ExitCode.INTERNAL); // other threads may be wedged: do not wait for them
    }
}
