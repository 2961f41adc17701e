/**
 * How a lede process starts, kept apart from what lede does: the program's entry points, the only
 * places that call {@code System.exit}: {@link dev.lede.launch.Main} for a user's run, and the
 * launcher's {@link dev.lede.launch.Rehearsal}, which trains the class-data archive and AOT
 * cache. Each builds one {@link dev.lede.cli.Invocation} (arguments, environment, working
 * directory, terminal, output and error streams) and hands it to
 * {@link dev.lede.cli.LedeCommand#run(dev.lede.cli.Invocation)}, which returns an exit status.
 * Only this package reads the process's environment, standard streams or {@code /proc}, sets the
 * streams or exits; the spare (still in {@code cli} until it moves here) is checked as part of it.
 *
 * <p>Depends on {@code cli} (and on {@code tui} for the terminal, {@code demo} for what the
 * rehearsal serves); nothing depends on it.
 */
package dev.lede.launch;
