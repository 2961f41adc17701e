/**
 * How a lede process starts, kept apart from what lede does: the program's entry points, the only
 * places that call {@code System.exit}: {@link dev.lede.launch.Main} for a user's run (and
 * {@code lede --spares}, {@code --stop-spares}: {@link dev.lede.launch.SpareControl}), the
 * launcher's {@link dev.lede.launch.Rehearsal}, which trains the class-data archive and AOT
 * cache, and {@link dev.lede.launch.Spare}, a lede process warmed up ahead of time that the
 * launcher ({@code dist/lede}) hands the next command line to, with the checks that keep it the
 * user's own. Each builds one {@link dev.lede.cli.Invocation} (arguments, environment, working
 * directory, terminal, output and error streams) and hands it to
 * {@link dev.lede.cli.LedeCommand#run(dev.lede.cli.Invocation)}, which returns an exit status.
 * Only this package reads the process's environment, standard streams or {@code /proc}, sets the
 * streams or exits.
 *
 * <p>Depends on {@code cli} (and on {@code tui} for the terminal, {@code demo} for what the
 * rehearsal serves, {@code article} for making text safe to print); nothing depends on it.
 */
package dev.lede.launch;
