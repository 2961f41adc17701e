package dev.lede.fetch;

/**
 * A page could not be had. The message is one line meant for the user: it names the host
 * or file and the cause, and never carries a stack trace.
 */
public final class FetchException extends Exception {
    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
