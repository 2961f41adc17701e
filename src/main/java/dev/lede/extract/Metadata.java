package dev.lede.extract;

/**
 * What a page says about its article, before the body is read. Any field may be
 * {@code null} when the page does not say.
 */
record Metadata(
        String title,
        String site,
        String byline,
        String published,
        String lang,
        String description,
        String canonicalUrl) {
}
