package dev.lede.cli;

/** The program's exit codes. */
final class ExitCode {
    /** Everything was read. */
    static final int OK = 0;
    /** Some input could not be read. */
    static final int INPUT_FAILED = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;
    /** lede itself failed (an uncaught exception; details in the crash log). EX_SOFTWARE of sysexits.h. */
    static final int INTERNAL = 70;

    private ExitCode() {
    }
}
