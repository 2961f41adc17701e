package dev.lede.cli;

import dev.lede.fetch.DiskCache;
import dev.lede.state.StateDir;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where lede keeps its files, by the XDG base directory conventions: configuration, the page
 * cache and reading state. Taken from an environment map so tests can point them anywhere.
 */
record Locations(Path config, Path cache, Path state) {

    static Locations of(Map<String, String> env, Path home) {
        Path state = StateDir.of(env);
        return new Locations(xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")),
                DiskCache.defaultDirectory(env, home),
                state != null ? state : home.resolve(".local/state/lede"));
    }

    /** The spec says a relative value is invalid and to be ignored. */
    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        Path base = value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
        return base.resolve("lede");
    }

    /** The configuration file lede reads when no {@code --config} is given. */
    Path configFile() {
        return config.resolve("config");
    }
}
