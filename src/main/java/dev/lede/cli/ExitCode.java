package dev.lede.cli;

/** The program's exit codes. */
final class ExitCode {
    /** Everything was read. */
    static final int OK = 0;
    /** Some input could not be read. */
    static final int INPUT_FAILED = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;

    private ExitCode() {
    }
}
