package dev.lede.testing;

import java.nio.file.Path;
import java.util.Map;

/** A home of its own for a lede process a test starts: its configuration, cache and state stay under it. */
public final class IsolatedHome {
    private IsolatedHome() {
    }

    /** Points HOME and the XDG configuration, cache and state directories of {@code env} under {@code home}. */
    public static void into(Map<String, String> env, Path home) {
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
    }
}
