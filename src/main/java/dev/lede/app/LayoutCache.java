package dev.lede.app;

import dev.lede.article.Article;
import dev.lede.cache.MemoryCache;
import dev.lede.layout.Layout;
import dev.lede.layout.LayoutOptions;
import dev.lede.layout.Layouter;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Articles laid out at a measure, kept so that Back, resize-and-back and reopening do not lay
 * out again. Keyed by the article's URL and measure, and by the article itself (by identity):
 * a reloaded article is a new object and gets a new layout. Thread-safe.
 */
public final class LayoutCache implements BiFunction<Article, Integer, Layout> {
    /** Memory given to layouts, roughly in bytes. */
    static final long DEFAULT_WEIGHT = 16L * 1024 * 1024;
    /** A laid-out line with its runs, roughly. */
    private static final int BYTES_PER_LINE = 160;

    private final MemoryCache<Key, Layout> layouts;

    LayoutCache(long maxWeight) {
        this.layouts = new MemoryCache<>(maxWeight, layout -> layout.size() * BYTES_PER_LINE + 256);
    }

    @Override
    public Layout apply(Article article, Integer measure) {
        return layout(article, measure, false);
    }

    /** Lays out with ASCII glyphs and punctuation ({@code --ascii}, a terminal without Unicode), kept apart. */
    public BiFunction<Article, Integer, Layout> inAscii() {
        return (article, measure) -> layout(article, measure, true);
    }

    private Layout layout(Article article, int measure, boolean ascii) {
        Key key = new Key(article.url(), ascii ? -measure : measure, article);
        Layout layout = layouts.get(key);
        if (layout == null) {
            layout = Layouter.layout(article, measure, LayoutOptions.DEFAULT.ascii(ascii));
            layouts.put(key, layout);
        }
        return layout;
    }

    public long hits() {
        return layouts.hits();
    }

    public long misses() {
        return layouts.misses();
    }

    /** The article is compared by identity (an ASCII layout's measure is negated, to keep it apart): equal-looking articles from two loads are two entries, cheaply. */
    private record Key(String url, int measure, Article article) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.measure == measure && key.article == article
                    && Objects.equals(key.url, url);
        }

        @Override
        public int hashCode() {
            return Objects.hash(url, measure, System.identityHashCode(article));
        }
    }
}
