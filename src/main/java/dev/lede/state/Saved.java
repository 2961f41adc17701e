package dev.lede.state;

import java.util.Objects;

/**
 * One article on the reading list.
 *
 * @param target  what was opened (URL or file), the key
 * @param url     where the page was found after redirects, or {@code null} for a file
 * @param title   the article's headline
 * @param savedAt when it was saved, in seconds since the epoch
 */
public record Saved(String target, String url, String title, long savedAt) {
    public Saved {
        Objects.requireNonNull(target, "target");
        url = url == null || url.isBlank() ? null : url;
        title = title == null ? "" : title;
    }

    /** The address to show: the final URL when there is one, else the target. */
    public String address() {
        return url != null ? url : target;
    }
}
