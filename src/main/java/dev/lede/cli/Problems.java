package dev.lede.cli;

/** Unexpected failures as one line for the user, never a stack trace. */
final class Problems {
    private Problems() {
    }

    static String describe(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "the page is nested too deeply to read";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory";
        }
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return "internal error (" + kind + ")";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)) + " (" + kind + ")";
    }
}
