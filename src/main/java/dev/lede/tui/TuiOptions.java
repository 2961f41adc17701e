package dev.lede.tui;

import dev.lede.reader.Keymap;
import java.util.Objects;

/**
 * How the reader looks and answers keys.
 *
 * @param measure    the widest the text is set, in columns
 * @param monochrome no colours: bold, underline and reverse only
 * @param keymap     the key bindings (the defaults, or the defaults with a configuration's rebindings)
 */
public record TuiOptions(int measure, boolean monochrome, Keymap keymap) {
    public TuiOptions {
        Objects.requireNonNull(keymap, "keymap");
    }

    /** Options with the default keymap. */
    public TuiOptions(int measure, boolean monochrome) {
        this(measure, monochrome, Keymap.defaults());
    }
}
