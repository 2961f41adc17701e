package dev.lede.tui;

/**
 * How the reader looks.
 *
 * @param measure    the widest the text is set, in columns
 * @param monochrome no colours: bold, underline and reverse only
 */
public record TuiOptions(int measure, boolean monochrome) {
}
