package dev.lede.reader;

/**
 * An article being loaded.
 *
 * @param request  the id of the {@link Effect.Load}; results with another id are stale
 * @param restore  the place to open at, or {@code null} for the top
 * @param walk     the related list this article is being opened from, or {@code null}
 */
record Pending(long request, String target, Navigation navigation, Place restore, RelatedWalk walk) {
}
