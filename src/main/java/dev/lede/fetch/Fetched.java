package dev.lede.fetch;

import java.net.URI;

/** What a conditional fetch brought back: a new version of the page, or word that it has not changed. */
public sealed interface Fetched {

    /**
     * A full response.
     *
     * @param page       the page
     * @param validators what identifies this version, for revalidating it later
     * @param storable   whether the server allows keeping it ({@code Cache-Control: no-store} does not)
     */
    record Fresh(Page page, Validators validators, boolean storable) implements Fetched {
    }

    /** 304: the copy the validators came from is still current; no body was sent. {@code url} is where the chain ended. */
    record NotModified(URI url) implements Fetched {
    }
}
