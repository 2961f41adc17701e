/**
 * What lede keeps for the user between runs, under {@code $XDG_STATE_HOME/lede}: where each
 * article was left ({@link dev.lede.state.PlacesFile}) and the reading list
 * ({@link dev.lede.state.ReadingListFile}). The directory is created user-only (0700) and the
 * files are user-only (0600). Files are replaced atomically, and a
 * file that cannot be read is set aside as {@code .corrupt} with a message rather than lost
 * silently or allowed to stop the reader.
 *
 * <p>Depends on the JDK only.
 */
package dev.lede.state;
