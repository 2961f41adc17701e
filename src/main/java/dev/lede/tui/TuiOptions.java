package dev.lede.tui;

import dev.lede.app.EffectRunner;
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
 * @param prefetch   how many of an article's related articles are loaded ahead; 0 for none
 * @param ascii      draw ASCII stand-ins for every other glyph ({@code --ascii}), whatever the locale says
 * @param browserTerminal {@code browser-terminal} from the configuration: whether $BROWSER's programs
 *                   draw in the terminal; {@code null} judges each by its name (w3m, lynx, ...)
 * @param notice     a line for the first screen's status bar (a mistake in the configuration), or {@code null}
 */
public record TuiOptions(int measure, boolean monochrome, Keymap keymap, Places places, int prefetch, boolean ascii,
                         Boolean browserTerminal, String notice) {
    public TuiOptions {
        Objects.requireNonNull(keymap, "keymap");
        Objects.requireNonNull(places, "places");
    }

    /** Options that judge a browser by its name. */
    public TuiOptions(int measure, boolean monochrome, Keymap keymap, Places places, int prefetch, boolean ascii) {
        this(measure, monochrome, keymap, places, prefetch, ascii, null, null);
    }

    /** Options with the glyphs the terminal's locale allows. */
    public TuiOptions(int measure, boolean monochrome, Keymap keymap, Places places, int prefetch) {
        this(measure, monochrome, keymap, places, prefetch, false);
    }

    /** Options that load the default number of related articles ahead. */
    public TuiOptions(int measure, boolean monochrome, Keymap keymap, Places places) {
        this(measure, monochrome, keymap, places, EffectRunner.DEFAULT_PREFETCH);
    }

    /** Options with the default keymap that remember nothing. */
    public TuiOptions(int measure, boolean monochrome) {
        this(measure, monochrome, Keymap.defaults(), Places.none());
    }

    /** These options with {@code newKeymap}. */
    public TuiOptions withKeymap(Keymap newKeymap) {
        return new TuiOptions(measure, monochrome, newKeymap, places, prefetch, ascii, browserTerminal, notice);
    }

    /** These options with {@code newPlaces}. */
    public TuiOptions withPlaces(Places newPlaces) {
        return new TuiOptions(measure, monochrome, keymap, newPlaces, prefetch, ascii, browserTerminal, notice);
    }

    /** These options loading {@code count} related articles ahead. */
    public TuiOptions withPrefetch(int count) {
        return new TuiOptions(measure, monochrome, keymap, places, count, ascii, browserTerminal, notice);
    }

    /** These options drawing ASCII only ({@code true}) or what the terminal allows. */
    public TuiOptions withAscii(boolean asciiOnly) {
        return new TuiOptions(measure, monochrome, keymap, places, prefetch, asciiOnly, browserTerminal, notice);
    }

    /** These options with {@code browser-terminal} set ({@code null}: judged by the browser's name). */
    public TuiOptions withBrowserTerminal(Boolean terminal) {
        return new TuiOptions(measure, monochrome, keymap, places, prefetch, ascii, terminal, notice);
    }

    /** These options with {@code line} on the first screen's status bar. */
    public TuiOptions withNotice(String line) {
        return new TuiOptions(measure, monochrome, keymap, places, prefetch, ascii, browserTerminal, line);
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
