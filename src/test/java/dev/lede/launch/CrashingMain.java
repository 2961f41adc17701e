package dev.lede.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * A program that fails the way lede must survive: it installs lede's crash handler, then lets an
 * exception (or, with {@code oom}, an OutOfMemoryError) escape a thread that is not main.
 */
public final class CrashingMain {
    private CrashingMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Main.installCrashHandler();
        Thread worker = new Thread(() -> {
            if (args.length > 0 && args[0].equals("oom")) {
                List<long[]> hog = new ArrayList<>();
                while (true) {
                    hog.add(new long[1 << 20]);
                }
            }
            throw new IllegalStateException("a bug\u001b]0;TITLE\u0007 in a worker");
        }, "lede-worker");
        worker.start();
        worker.join();
        Thread.sleep(30_000); // the handler ends the process long before this
    }
}
