package dev.lede.cli;

/** The program's exit codes. */
public final class ExitCode {
    /** Everything was read. */
    public static final int OK = 0;
    /** Some input could not be read. */
    public static final int INPUT_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** lede itself failed (an uncaught exception; details in the crash log). EX_SOFTWARE of sysexits.h. */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
