package dev.lede.cli;

import picocli.CommandLine;

/** The program's entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(LedeCommand.commandLine().execute(args));
    }
}
