package dev.lede.reader;

import dev.lede.article.Article;
import dev.lede.article.RelatedLink;
import dev.lede.layout.Layout;
import dev.lede.layout.Layouter;
import dev.lede.layout.Pages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The reader's behaviour: {@code (state, message) → (state, effects)}. No I/O, no clock, no
 * threads; the same inputs always give the same step.
 */
public final class Update {
    private final Keymap keymap;
    private final BiFunction<Article, Integer, Layout> layouter;

    /**
     * @param keymap   the key bindings
     * @param layouter lays an article out at a width; may memoise, must be pure
     */
    public Update(Keymap keymap, BiFunction<Article, Integer, Layout> layouter) {
        this.keymap = keymap;
        this.layouter = layouter;
    }

    /** An update with the default keymap and no layout cache. */
    public static Update standard() {
        return new Update(Keymap.defaults(), Layouter::layout);
    }

    /** Starts loading {@code target} as a new article. */
    public Step open(ReaderState state, String target) {
        return load(state, target, Navigation.OPEN, null, null, false);
    }

    /** The next state after {@code msg}. */
    public Step apply(ReaderState state, Msg msg) {
        if (msg instanceof Msg.KeyPressed key) {
            return key(state.withStatus(null), key.key());
        } else if (msg instanceof Msg.Resized resized) {
            return Step.of(resize(state, resized.columns(), resized.rows()));
        } else if (msg instanceof Msg.Loaded loaded) {
            return Step.of(loaded(state, loaded));
        } else if (msg instanceof Msg.LoadFailed failed) {
            return Step.of(failed(state, failed));
        } else if (msg instanceof Msg.InputEnded) {
            return quit(state);
        }
        throw new IllegalArgumentException("unhandled message " + msg);
    }

    private Step key(ReaderState state, Key key) {
        if (key.ctrl() && key.ch() == 'c') {
            return quit(state);
        }
        return switch (state.focus()) {
            case HELP -> help(state, key);
            case RELATED -> panel(state, keymap.panel(key));
            case READING -> reading(state, keymap.reading(key));
        };
    }

    private Step help(ReaderState state, Key key) {
        Action action = keymap.reading(key);
        if (action == Action.QUIT && key.kind() == Key.Kind.CHARACTER && key.ch() == 'q') {
            return Step.of(state.withFocus(Focus.READING)); // as in less: q leaves help first
        }
        return action == Action.QUIT ? quit(state) : Step.of(state.withFocus(Focus.READING));
    }

    private Step reading(ReaderState state, Action action) {
        if (action == null) {
            return Step.of(state);
        }
        Document doc = state.document();
        switch (action) {
            case QUIT:
                return quit(state);
            case HELP:
                return Step.of(state.withFocus(Focus.HELP));
            case BACK:
                return back(state);
            case FORWARD:
                return forward(state);
            case CANCEL:
                return Step.of(state);
            default:
                break;
        }
        if (doc == null) {
            return Step.of(state);
        }
        int rows = state.textRows();
        int top = doc.top();
        return switch (action) {
            case LINE_DOWN -> Step.of(state.with(doc.withTop(top + 1)));
            case LINE_UP -> Step.of(state.with(doc.withTop(top - 1)));
            case PAGE_DOWN -> pageDown(state, doc);
            case PAGE_UP -> Step.of(state.with(doc.withTop(doc.pages().previous(top))));
            case HALF_PAGE_DOWN -> Step.of(state.with(doc.withTop(top + Math.max(1, rows / 2))));
            case HALF_PAGE_UP -> Step.of(state.with(doc.withTop(top - Math.max(1, rows / 2))));
            case TOP -> Step.of(state.with(doc.withTop(0)));
            case BOTTOM -> Step.of(state.with(doc.withTop(doc.maxTop())));
            case FOCUS_RELATED -> doc.article().related().isEmpty()
                    ? Step.of(state.withStatus("This page has no related articles."))
                    : Step.of(state.withFocus(Focus.RELATED)
                            .withSelected(Math.min(state.selected(), doc.article().related().size() - 1)));
            case NEXT_RELATED -> walk(state, +1);
            case PREVIOUS_RELATED -> walk(state, -1);
            case RELOAD -> load(state, doc.target(), Navigation.RELOAD, Place.of(doc), state.walk(), true);
            default -> Step.of(state);
        };
    }

    private Step pageDown(ReaderState state, Document doc) {
        int next = doc.pages().next(doc.top());
        if (next == doc.top()) {
            return Step.of(state.withStatus("End of article."));
        }
        return Step.of(state.with(doc.withTop(next)));
    }

    private Step panel(ReaderState state, Action action) {
        if (action == null) {
            return Step.of(state);
        }
        List<RelatedLink> related = state.document().article().related();
        int last = related.size() - 1;
        int selected = state.selected();
        int rows = state.textRows() - 2;
        return switch (action) {
            case LINE_DOWN -> Step.of(state.withSelected(Math.min(last, selected + 1)));
            case LINE_UP -> Step.of(state.withSelected(Math.max(0, selected - 1)));
            case PAGE_DOWN, HALF_PAGE_DOWN -> Step.of(state.withSelected(Math.min(last, selected + Math.max(1, rows))));
            case PAGE_UP, HALF_PAGE_UP -> Step.of(state.withSelected(Math.max(0, selected - Math.max(1, rows))));
            case TOP -> Step.of(state.withSelected(0));
            case BOTTOM -> Step.of(state.withSelected(last));
            case ACTIVATE -> openRelated(state, related, selected);
            case FOCUS_RELATED, CANCEL -> Step.of(state.withFocus(Focus.READING));
            case QUIT -> quit(state);
            case HELP -> Step.of(state.withFocus(Focus.HELP));
            case BACK -> back(state.withFocus(Focus.READING));
            case FORWARD -> forward(state.withFocus(Focus.READING));
            case NEXT_RELATED -> walk(state, +1);
            case PREVIOUS_RELATED -> walk(state, -1);
            default -> Step.of(state);
        };
    }

    private Step openRelated(ReaderState state, List<RelatedLink> list, int index) {
        RelatedWalk walk = new RelatedWalk(list, index);
        return load(state, list.get(index).url(), Navigation.OPEN, null, walk, false);
    }

    /**
     * ] and [: step through the related list the reader came from, or start on the open
     * article's own list.
     */
    private Step walk(ReaderState state, int direction) {
        RelatedWalk walk = state.walk();
        if (walk != null) {
            int index = walk.index() + direction;
            if (index < 0 || index >= walk.links().size()) {
                return Step.of(state.withStatus(direction > 0 ? "No more related articles." : "This is the first related article."));
            }
            return openRelated(state, walk.links(), index);
        }
        List<RelatedLink> own = state.document() == null ? List.of() : state.document().article().related();
        if (own.isEmpty()) {
            return Step.of(state.withStatus("This page has no related articles."));
        }
        return openRelated(state, own, direction > 0 ? 0 : own.size() - 1);
    }

    private Step back(ReaderState state) {
        if (state.back().isEmpty()) {
            return Step.of(state.withStatus("No previous article."));
        }
        Visit visit = state.back().get(state.back().size() - 1);
        return load(state, visit.target(), Navigation.BACK, visit.place(), null, false);
    }

    private Step forward(ReaderState state) {
        if (state.forward().isEmpty()) {
            return Step.of(state.withStatus("No next article."));
        }
        Visit visit = state.forward().get(state.forward().size() - 1);
        return load(state, visit.target(), Navigation.FORWARD, visit.place(), null, false);
    }

    private Step load(ReaderState state, String target, Navigation navigation, Place restore, RelatedWalk walk,
                      boolean reload) {
        long request = state.nextRequest();
        Pending pending = new Pending(request, target, navigation, restore, walk);
        return Step.of(state.withPending(pending), new Effect.Load(request, target, reload));
    }

    private Step quit(ReaderState state) {
        return Step.of(state.quit(), new Effect.Quit());
    }

    private ReaderState loaded(ReaderState state, Msg.Loaded msg) {
        Pending pending = state.pending();
        if (pending == null || pending.request() != msg.request()) {
            return state; // a stale answer to a request the reader has moved on from
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
        Document doc = document(msg.target(), msg.article(), state.columns(), state.rows(), state.maxMeasure(),
                pending.restore());
        RelatedWalk walk = pending.navigation() == Navigation.OPEN ? pending.walk() : state.walk();
        return state.withHistory(back, forward).with(doc).withPending(null).withFocus(Focus.READING)
                .withSelected(0).withWalk(walk).withStatus(null);
    }

    private ReaderState failed(ReaderState state, Msg.LoadFailed msg) {
        Pending pending = state.pending();
        if (pending == null || pending.request() != msg.request()) {
            return state;
        }
        return state.withPending(null).withStatus(msg.message());
    }

    private ReaderState resize(ReaderState state, int columns, int rows) {
        ReaderState resized = state.withSize(columns, rows);
        Document doc = state.document();
        if (doc == null) {
            return resized;
        }
        return resized.with(document(doc.target(), doc.article(), columns, rows, state.maxMeasure(), Place.of(doc)));
    }

    private Document document(String target, Article article, int columns, int rows, int maxMeasure, Place at) {
        Layout layout = layouter.apply(article, ReaderState.measure(columns, maxMeasure));
        Pages pages = Pages.of(layout, ReaderState.textRows(rows));
        Document doc = new Document(target, article, layout, pages, 0);
        return at == null ? doc : doc.withTop(at.topIn(doc));
    }
}
