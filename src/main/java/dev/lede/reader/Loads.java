package dev.lede.reader;

import dev.lede.article.Article;
import dev.lede.article.RelatedLink;
import dev.lede.layout.Anchor;
import dev.lede.layout.Layout;
import dev.lede.layout.Pages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Opening articles and moving through history: asking for loads, taking their answers, and
 * laying an article out for the screen at the reader's place.
 */
final class Loads {
    private final BiFunction<Article, Integer, Layout> layouter;

    Loads(BiFunction<Article, Integer, Layout> layouter) {
        this.layouter = layouter;
    }

    Step open(ReaderState state, String target) {
        return load(state, target, Navigation.OPEN, null, null, false);
    }

    Step openRelated(ReaderState state, List<RelatedLink> list, int index) {
        RelatedWalk walk = new RelatedWalk(list, index);
        return load(state, list.get(index).url(), Navigation.OPEN, null, walk, false);
    }

    /**
     * ] and [: step through the related list the reader came from, or start on the open
     * article's own list.
     */
    Step walk(ReaderState state, int direction) {
        RelatedWalk walk = state.walk();
        if (walk != null) {
            int index = walk.index() + direction;
            if (index < 0 || index >= walk.links().size()) {
                return Step.of(state.withStatus(direction > 0
                        ? "No more related articles." : "This is the first related article."));
            }
            return openRelated(state, walk.links(), index);
        }
        List<RelatedLink> own = state.document() == null ? List.of() : state.document().article().related();
        if (own.isEmpty()) {
            return Step.of(state.withStatus("This page has no related articles."));
        }
        return openRelated(state, own, direction > 0 ? 0 : own.size() - 1);
    }

    Step back(ReaderState state) {
        if (state.back().isEmpty()) {
            return Step.of(state.withStatus("No previous article."));
        }
        Visit visit = state.back().get(state.back().size() - 1);
        return load(state, visit.target(), Navigation.BACK, visit.place(), null, false);
    }

    Step forward(ReaderState state) {
        if (state.forward().isEmpty()) {
            return Step.of(state.withStatus("No next article."));
        }
        Visit visit = state.forward().get(state.forward().size() - 1);
        return load(state, visit.target(), Navigation.FORWARD, visit.place(), null, false);
    }

    Step reload(ReaderState state) {
        Document doc = state.document();
        return load(state, doc.target(), Navigation.RELOAD, Place.of(doc), state.walk(), true);
    }

    private Step load(ReaderState state, String target, Navigation navigation, Place restore, RelatedWalk walk,
                      boolean reload) {
        long request = state.nextRequest();
        Pending pending = new Pending(request, target, navigation, restore, walk);
        return Step.of(state.withPending(pending), new Effect.Load(request, target, reload));
    }

    /** Quits, keeping the place in the open article for next time. */
    Step quit(ReaderState state) {
        Document doc = state.document();
        if (doc == null) {
            return Step.of(state.quit(), new Effect.Quit());
        }
        return Step.of(state.quit(), remember(doc), new Effect.Quit());
    }

    private static Effect.RememberPlace remember(Document doc) {
        return new Effect.RememberPlace(doc.target(), doc.article().title(), doc.anchor());
    }

    Step loaded(ReaderState state, Msg.Loaded msg) {
        Pending pending = state.pending();
        if (pending == null || pending.request() != msg.request()) {
            return Step.of(state); // a stale answer to a request the reader has moved on from
        }
        List<Visit> back = new ArrayList<>(state.back());
        List<Visit> forward = new ArrayList<>(state.forward());
        Document current = state.document();
        Visit here = current == null ? null : new Visit(current.target(), Place.of(current));
        switch (pending.navigation()) {
            case OPEN -> {
                if (here != null) {
                    back.add(here);
                }
                forward.clear();
            }
            case BACK -> {
                back.remove(back.size() - 1);
                if (here != null) {
                    forward.add(here);
                }
            }
            case FORWARD -> {
                forward.remove(forward.size() - 1);
                if (here != null) {
                    back.add(here);
                }
            }
            case RELOAD -> { }
        }
        Place restore = pending.restore();
        Article article = restore == null ? msg.article() : restore.inReading(msg.article());
        Anchor remembered = state.places().get(msg.target());
        if (restore == null && remembered != null && pending.navigation() == Navigation.OPEN) {
            restore = Place.anchoredAt(remembered);
        }
        Map<String, Anchor> places = new HashMap<>(state.places());
        if (current != null) {
            places.put(current.target(), current.anchor());
        }
        Document doc = document(msg.target(), article, state.columns(), state.rows(), state.maxMeasure(),
                restore);
        RelatedWalk walk = pending.navigation() == Navigation.OPEN ? pending.walk() : state.walk();
        // A prompt being typed stays open when a page arrives; the related list and help belonged to the old page.
        // A message on the status line stays too (say, about the places file): like any message, the next key clears it.
        // A feed or a list page opens as the list of its items, on the item the reader came back from.
        boolean list = article.opensAsList() && !article.related().isEmpty();
        Focus focus = state.focus() == Focus.PROMPT ? Focus.PROMPT : list ? Focus.RELATED : Focus.READING;
        int selected = !list ? 0 : pending.navigation() == Navigation.RELOAD
                ? Math.min(state.selected(), article.related().size() - 1)
                : Math.max(0, indexOf(article.related(), current == null ? null : current.target()));
        ReaderState next = state.withHistory(back, forward).with(doc).withPending(null).withFocus(focus)
                .withSelected(selected).withWalk(walk).withSearch(null).withDigits("")
                .withPlaces(places);
        Effect prefetch = prefetch(doc);
        if (current == null || pending.navigation() == Navigation.RELOAD) {
            return Step.of(next, prefetch);
        }
        return Step.of(next, remember(current), prefetch);
    }

    /**
     * L: the page in its other reading, the list of its headlines or the article, at the top
     * (the list on its first item); the first items are loaded ahead as a list's are.
     */
    Step toggleReading(ReaderState state) {
        Document doc = state.document();
        Article other = doc == null ? null : doc.article().toggled();
        if (other == null) {
            return Step.of(state.withStatus(doc != null && doc.article().isFeed() ? "This is a feed: Tab lists its items."
                    : "This page has no list of articles."));
        }
        Document shown = document(doc.target(), other, state.columns(), state.rows(), state.maxMeasure(), null)
                .withReady(doc.ready());
        boolean list = other.opensAsList() && !other.related().isEmpty();
        ReaderState next = state.with(shown).withFocus(list ? Focus.RELATED : Focus.READING).withSelected(0)
                .withSearch(null).withStatus(list ? null : "The page as an article · L lists its headlines again.");
        return list ? Step.of(next, prefetch(shown)) : Step.of(next);
    }

    private static int indexOf(List<RelatedLink> links, String target) {
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).url().equals(target)) {
                return i;
            }
        }
        return -1;
    }

    private static Effect.Prefetch prefetch(Document doc) {
        return new Effect.Prefetch(doc.target(), doc.article().related().stream().map(RelatedLink::url).toList());
    }

    /** Marks a related article of the open one as loaded ahead. */
    ReaderState prefetched(ReaderState state, Msg.Prefetched msg) {
        Document doc = state.document();
        return doc == null ? state : state.with(doc.withReady(msg.target()));
    }

    ReaderState failed(ReaderState state, Msg.LoadFailed msg) {
        Pending pending = state.pending();
        if (pending == null || pending.request() != msg.request()) {
            return state;
        }
        return state.withPending(null).withStatus(msg.message());
    }

    ReaderState resize(ReaderState state, int columns, int rows) {
        ReaderState resized = state.withSize(columns, rows);
        Document doc = state.document();
        if (doc == null) {
            return resized;
        }
        Document laidOut = document(doc.target(), doc.article(), columns, rows, state.maxMeasure(), Place.of(doc))
                .withReady(doc.ready());
        Search search = state.search() == null ? null : Searching.refind(state.search(), laidOut);
        return resized.with(laidOut).withSearch(search);
    }

    private Document document(String target, Article article, int columns, int rows, int maxMeasure, Place at) {
        Layout layout = layouter.apply(article, ReaderState.measure(columns, maxMeasure));
        Pages pages = Pages.of(layout, ReaderState.textRows(rows));
        Document doc = new Document(target, article, layout, pages, 0);
        return at == null ? doc : doc.withTop(at.topIn(doc));
    }
}
