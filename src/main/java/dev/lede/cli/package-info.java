/**
 * The command line: picocli's {@link dev.lede.cli.LedeCommand}, {@code --dump} and its output
 * formats, exit codes. {@link dev.lede.cli.Main} is the only place that calls {@code System.exit}.
 *
 * <p>Depends on every other package; nothing depends on it.
 */
package dev.lede.cli;
