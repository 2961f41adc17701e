package dev.lede.tui;

import dev.lede.app.Places;
import dev.lede.reader.Keymap;
import java.util.Objects;

/**
 * How the reader looks and answers keys, and what it remembers.
 *
 * @param measure    the widest the text is set, in columns
 * @param monochrome no colours: bold, underline and reverse only
 * @param keymap     the key bindings (the defaults, or the defaults with a configuration's rebindings)
 * @param places     where reading places are read from and kept
 */
public record TuiOptions(int measure, boolean monochrome, Keymap keymap, Places places) {
    public TuiOptions {
        Objects.requireNonNull(keymap, "keymap");
        Objects.requireNonNull(places, "places");
    }

    /** Options with the default keymap that remember nothing. */
    public TuiOptions(int measure, boolean monochrome) {
        this(measure, monochrome, Keymap.defaults(), Places.none());
    }

    /** These options with {@code newKeymap}. */
    public TuiOptions withKeymap(Keymap newKeymap) {
        return new TuiOptions(measure, monochrome, newKeymap, places);
    }

    /** These options with {@code newPlaces}. */
    public TuiOptions withPlaces(Places newPlaces) {
        return new TuiOptions(measure, monochrome, keymap, newPlaces);
    }
}
