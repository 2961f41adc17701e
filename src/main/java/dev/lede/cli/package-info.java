/**
 * The command line: picocli's {@link dev.lede.cli.LedeCommand}, {@code --dump} and its output
 * formats, exit codes; and the one place that wires the program together (fetcher, caches,
 * loader, the reader's update and the runner of its effects). A command line runs on an
 * {@link dev.lede.cli.Invocation} to its exit status and never reads the process's environment
 * or streams, nor exits: {@code dev.lede.launch} does that.
 *
 * <p>Depends on every other package but {@code launch}; only {@code launch} depends on it.
 */
package dev.lede.cli;
