/**
 * The configuration file: plain {@code key = value} lines parsed into {@link dev.lede.config.Settings},
 * every mistake a problem line naming file, line and what is allowed. Pure: text in, settings out.
 */
package dev.lede.config;
