package dev.lede.state;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A stand-in for a lede process that saves its reading place again and again, for tests that
 * run several real processes on one state directory.
 *
 * <p>Arguments: the state directory, a host name for the addresses it saves, how many saves
 * (0 for until killed).
 */
public final class PlacesWriter {
    private PlacesWriter() {
    }

    public static void main(String[] args) throws IOException {
        PlacesFile file = new PlacesFile(Path.of(args[0]));
        String host = args[1];
        int saves = Integer.parseInt(args[2]);
        System.out.println("started");
        System.out.flush();
        for (int i = 0; saves == 0 || i < saves; i++) {
            // A long title makes each save big enough to be caught half-way by a kill.
            file.write(List.of(new Remembered("http://" + host + ".example/" + (saves == 0 ? 0 : i),
                    host + " story " + "x".repeat(2000), i, i, i + 1)));
        }
    }
}
