package dev.lede.app;

import dev.lede.layout.Anchor;
import dev.lede.state.PlacesFile;
import dev.lede.state.Remembered;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the reader left each article, kept across runs in the state directory's places file.
 * Thread-safe. Built-in pages ({@code lede:} targets) are not kept.
 */
public final class Places {
    private final PlacesFile file;
    private final Clock clock;
    private final String problem;
    private final Map<String, Remembered> byTarget = new LinkedHashMap<>();
    private final List<String> passing = new ArrayList<>();
    private boolean failedBefore;

    private Places(PlacesFile file, Clock clock, List<Remembered> read, String problem) {
        this.file = file;
        this.clock = clock;
        this.problem = problem;
        for (Remembered place : read) {
            byTarget.put(place.target(), place);
        }
    }

    /** The places kept in {@code stateDir}; {@code null} keeps nothing. */
    public static Places open(Path stateDir, Clock clock) {
        if (stateDir == null) {
            return none();
        }
        PlacesFile file = new PlacesFile(stateDir);
        PlacesFile.Contents contents = file.read();
        return new Places(file, clock, contents.places(), contents.problem());
    }

    /** Places that are neither read nor written (tests, or no home directory). */
    public static Places none() {
        return new Places(null, Clock.systemUTC(), List.of(), null);
    }

    /**
     * Leaves targets starting with {@code prefix} out from now on: pages that will not be at the
     * same address next run (the demo edition's loopback server takes a new port each time).
     */
    public synchronized Places skipping(String prefix) {
        passing.add(prefix);
        return this;
    }

    /** One line about a places file that could not be read, or {@code null}. */
    public String problem() {
        return problem;
    }

    /** The remembered anchors by target, for {@code ReaderState.withPlaces}. */
    public synchronized Map<String, Anchor> anchors() {
        Map<String, Anchor> anchors = new HashMap<>();
        byTarget.forEach((target, place) -> anchors.put(target, new Anchor(place.unit(), place.offset())));
        return anchors;
    }

    /** Up to {@code count} articles, most recently read first. */
    public synchronized List<Remembered> recent(int count) {
        List<Remembered> sorted = new ArrayList<>(byTarget.values());
        sorted.sort((a, b) -> Long.compare(b.readAt(), a.readAt()));
        return List.copyOf(sorted.subList(0, Math.min(count, sorted.size())));
    }

    /**
     * Keeps the place and rewrites the file.
     *
     * @return one line for the user the first time saving fails, else {@code null}
     */
    public synchronized String remember(String target, String title, Anchor anchor) {
        if (target.startsWith(StartPage.SCHEME) || passing.stream().anyMatch(target::startsWith)) {
            return null;
        }
        byTarget.put(target, new Remembered(target, title, anchor.unit(), anchor.offset(),
                clock.instant().getEpochSecond()));
        if (file == null) {
            return null;
        }
        try {
            file.write(new ArrayList<>(byTarget.values()));
            return null;
        } catch (IOException | RuntimeException e) {
            if (failedBefore) {
                return null;
            }
            failedBefore = true;
            return "Could not save reading places to " + file.path() + ".";
        }
    }
}
