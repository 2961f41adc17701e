/**
 * The command line: picocli's {@link dev.lede.cli.LedeCommand}, {@code --dump} and its output
 * formats, exit codes; and the program's three entry points, the only places that call
 * {@code System.exit}: {@link dev.lede.cli.Main}, the launcher's {@link dev.lede.cli.Rehearsal}
 * and {@code dev.lede.launch.Spare}. A command line runs to its exit status and never exits itself: a
 * spare reports the status to the launcher it served.
 *
 * <p>Depends on every other package; nothing depends on it.
 */
package dev.lede.cli;
