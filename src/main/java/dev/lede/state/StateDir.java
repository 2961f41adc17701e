package dev.lede.state;

import java.nio.file.Path;
import java.util.Map;

/** Where lede's state lives: {@code $XDG_STATE_HOME/lede}, else {@code ~/.local/state/lede}. */
public final class StateDir {
    private StateDir() {
    }

    /**
     * The state directory for an environment, or {@code null} when neither XDG_STATE_HOME (an
     * absolute path, as the XDG spec requires) nor HOME is set.
     */
    public static Path of(Map<String, String> env) {
        String state = env.get("XDG_STATE_HOME");
        if (state != null && !state.isBlank() && Path.of(state).isAbsolute()) {
            return Path.of(state, "lede");
        }
        String home = env.get("HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home, ".local", "state", "lede");
        }
        return null;
    }
}
