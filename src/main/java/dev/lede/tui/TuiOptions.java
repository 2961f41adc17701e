package dev.lede.tui;

import dev.lede.app.Places;
import dev.lede.reader.Keymap;
import java.util.Objects;

/**
 * How the reader looks and answers keys, and what it remembers. What the effects do (articles
 * loaded ahead, the browser, the reading list) is the effect runner's, which {@code cli} makes.
 *
 * @param measure    the widest the text is set, in columns
 * @param monochrome no colours: bold, underline and reverse only
 * @param keymap     the key bindings (the defaults, or the defaults with a configuration's rebindings)
 * @param places     where reading places are read from and kept
 * @param ascii      draw ASCII stand-ins for every other glyph ({@code --ascii}), whatever the locale says
 * @param notice     a line for the first screen's status bar (a mistake in the configuration), or {@code null}
 */
public record TuiOptions(int measure, boolean monochrome, Keymap keymap, Places places, boolean ascii, String notice) {
    public TuiOptions {
        Objects.requireNonNull(keymap, "keymap");
        Objects.requireNonNull(places, "places");
    }

    /** Options with the glyphs the terminal's locale allows and no notice. */
    public TuiOptions(int measure, boolean monochrome, Keymap keymap, Places places) {
        this(measure, monochrome, keymap, places, false, null);
    }

    /** Options with the default keymap that remember nothing. */
    public TuiOptions(int measure, boolean monochrome) {
        this(measure, monochrome, Keymap.defaults(), Places.none());
    }

    /** These options with {@code newKeymap}. */
    public TuiOptions withKeymap(Keymap newKeymap) {
        return new TuiOptions(measure, monochrome, newKeymap, places, ascii, notice);
    }

    /** These options with {@code newPlaces}. */
    public TuiOptions withPlaces(Places newPlaces) {
        return new TuiOptions(measure, monochrome, keymap, newPlaces, ascii, notice);
    }

    /** These options drawing ASCII only ({@code true}) or what the terminal allows. */
    public TuiOptions withAscii(boolean asciiOnly) {
        return new TuiOptions(measure, monochrome, keymap, places, asciiOnly, notice);
    }

    /** These options with {@code line} on the first screen's status bar. */
    public TuiOptions withNotice(String line) {
        return new TuiOptions(measure, monochrome, keymap, places, ascii, line);
    }

    /** What the first screen's status bar says before any key: the notice, then a problem with the places file. */
    public String firstStatus() {
        String places = places().problem();
        if (notice == null || places == null) {
            return notice == null ? places : notice;
        }
        return notice + " · " + places;
    }
}
