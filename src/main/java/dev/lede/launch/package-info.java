/**
 * How lede starts: the spare, a lede process warmed up ahead of time that the launcher
 * ({@code dist/lede}) hands the next command line to, and the checks that keep it the user's own.
 * The only package that reads {@code /proc}.
 */
package dev.lede.launch;
