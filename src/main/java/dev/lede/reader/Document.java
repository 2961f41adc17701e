package dev.lede.reader;

import dev.lede.article.Article;
import dev.lede.layout.Anchor;
import dev.lede.layout.Layout;
import dev.lede.layout.Pages;
import java.util.HashSet;
import java.util.Set;

/**
 * The open article at the current screen size.
 *
 * @param target  what was asked for (URL or file), the key for history and reloads
 * @param article the article
 * @param layout  the article at the current measure
 * @param pages   the layout cut to the current text height
 * @param top     the index of the first line on screen
 * @param ready   the related articles (by target) loaded ahead and waiting
 * @param shift   how many columns preformatted text too wide for the measure is scrolled right ({@code <} {@code >})
 */
public record Document(String target, Article article, Layout layout, Pages pages, int top, Set<String> ready,
                       int shift) {

    public Document {
        ready = Set.copyOf(ready);
        shift = Math.max(0, Math.min(shift, layout.maxShift()));
    }

    /** A document with preformatted text unscrolled. */
    public Document(String target, Article article, Layout layout, Pages pages, int top, Set<String> ready) {
        this(target, article, layout, pages, top, ready, 0);
    }

    /** A document with no related article loaded yet. */
    public Document(String target, Article article, Layout layout, Pages pages, int top) {
        this(target, article, layout, pages, top, Set.of());
    }

    public Document withTop(int newTop) {
        return new Document(target, article, layout, pages, clampTop(newTop), ready, shift);
    }

    /** This document with {@code related} marked as loaded; a target not in its related list is ignored. */
    public Document withReady(String related) {
        if (ready.contains(related) || article.related().stream().noneMatch(link -> link.url().equals(related))) {
            return this;
        }
        Set<String> more = new HashSet<>(ready);
        more.add(related);
        return new Document(target, article, layout, pages, top, more, shift);
    }

    public Document withReady(Set<String> newReady) {
        return new Document(target, article, layout, pages, top, newReady, shift);
    }

    /** This document with preformatted text scrolled {@code newShift} columns right (kept within what there is). */
    public Document withShift(int newShift) {
        return new Document(target, article, layout, pages, top, ready, newShift);
    }

    /** The lines as shown: the layout with preformatted text scrolled by {@link #shift}. */
    public Layout shown() {
        return layout.scrolled(shift);
    }

    /** Whether the related article {@code url} is loaded and waiting. */
    public boolean isReady(String url) {
        return ready.contains(url);
    }

    /** The highest top line: the last page's start, or the line that puts the end at the bottom. */
    public int maxTop() {
        return Math.max(pages.lastStart(), layout.size() - pages.height());
    }

    int clampTop(int candidate) {
        return Math.max(0, Math.min(candidate, maxTop()));
    }

    /** Where the reader is, in width-independent terms. */
    public Anchor anchor() {
        return layout.anchorAt(top);
    }

    /** The page (0-based) on screen: the one the top line is on, or the last once the end is in view. */
    public int page() {
        return pages.pageShown(top);
    }

    /** Whether the last line of the article is on screen. */
    public boolean atEnd() {
        return top + pages.visibleLines(top) >= layout.size();
    }

    /** How far through the article the bottom of the screen is, 0–100. */
    public int percent() {
        if (layout.size() == 0) {
            return 100;
        }
        int bottom = Math.min(layout.size(), top + pages.visibleLines(top));
        return Math.round(100f * bottom / layout.size());
    }
}
