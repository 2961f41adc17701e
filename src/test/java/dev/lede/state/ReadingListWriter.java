package dev.lede.state;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for a lede process whose reader presses {@code s} on one article after another,
 * for tests that run several real processes on one state directory.
 *
 * <p>Arguments: the state directory, a host name for the addresses it saves, how many saves.
 */
public final class ReadingListWriter {
    private ReadingListWriter() {
    }

    public static void main(String[] args) throws IOException {
        ReadingListFile file = new ReadingListFile(Path.of(args[0]));
        String host = args[1];
        int saves = Integer.parseInt(args[2]);
        System.out.println("started");
        System.out.flush();
        for (int i = 0; i < saves; i++) {
            Saved entry = new Saved("http://" + host + ".example/" + i, null, host + " story " + i, i + 1);
            file.update(list -> {
                List<Saved> changed = new ArrayList<>(list);
                changed.add(entry);
                return changed;
            });
        }
    }
}
