package dev.lede.fetch;

/**
 * What a server said to identify a version of a page, sent back to ask "has it changed?".
 *
 * @param etag         the ETag header, or {@code null}
 * @param lastModified the Last-Modified header, or {@code null}
 */
public record Validators(String etag, String lastModified) {
    /** No validators: a request for them is an ordinary one. */
    public static final Validators NONE = new Validators(null, null);

    /** Whether there is anything to revalidate with. */
    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
