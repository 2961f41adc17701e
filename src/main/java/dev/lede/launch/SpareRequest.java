package dev.lede.launch;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a launcher sends a {@link Spare}: its process id and the user's command line, as fields
 * ended by a NUL byte (the one byte an argument cannot hold): the id, the number of arguments,
 * then each argument.
 *
 * @param pid  the launcher's process id: its terminal, environment and directory are the user's
 *             (once {@link Peer} has checked that it is the launcher)
 * @param args the command line
 */
record SpareRequest(long pid, String[] args) {
    /** The longest request read: a command line longer than any shell passes is not one. */
    static final int MAX_BYTES = 1 << 20;

    /**
     * Reads one request, blocking until it is complete.
     *
     * @throws IOException when the stream ends early or holds no request
     */
    static SpareRequest read(InputStream in) throws IOException {
        Fields fields = new Fields(in);
        try {
            long pid = ProcFiles.pid(fields.next()); // digits only: never a sign, never a group
            int count = Integer.parseInt(fields.next());
            if (pid <= 0 || count < 0) {
                throw new IOException("not a request");
            }
            String[] args = new String[count];
            for (int i = 0; i < count; i++) {
                args[i] = fields.next();
            }
            return new SpareRequest(pid, args);
        } catch (NumberFormatException e) {
            throw new IOException("not a request", e);
        }
    }

    /** NUL-ended fields of a stream, UTF-8 (file names that are not are rare, and lede reads UTF-8 names). */
    private static final class Fields {
        private final InputStream in;
        private int total;

        Fields(InputStream in) {
            this.in = in;
        }

        String next() throws IOException {
            ByteArrayOutputStream field = new ByteArrayOutputStream();
            for (int b = in.read(); b != 0; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("the request ended early");
                }
                if (++total > MAX_BYTES) {
                    throw new IOException("the request is too long");
                }
                field.write(b);
            }
            return field.toString(StandardCharsets.UTF_8);
        }
    }
}
