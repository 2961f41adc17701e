package dev.lede.layout;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Numbered links: each distinct link target gets a number by first appearance in the body,
 * the text shows it after the link ("ministers [3]"), and the article ends with the list. The
 * reader follows link n with {@link #targets}, so what is shown and what is followed agree.
 */
public final class LinkNotes {
    /** Joins the number to the link's last word so a line break never strands it. */
    static final String JOIN = "\u00a0";
    static final String HEADING = "Links";

    private LinkNotes() {
    }

    /** The link targets in number order: link [n] is entry n-1. */
    public static List<String> targets(Article article) {
        Set<String> found = new LinkedHashSet<>();
        for (Block block : article.body()) {
            collect(block, found);
        }
        return new ArrayList<>(found);
    }

    /** The body with a number after each link and, when there are links, the list of them at the end. */
    static List<Block> numbered(Article article) {
        List<String> targets = targets(article);
        if (targets.isEmpty()) {
            return article.body();
        }
        List<Block> body = new ArrayList<>();
        for (Block block : article.body()) {
            body.add(mark(block, targets));
        }
        body.add(new Block.Heading(2, List.of(Span.plain(HEADING))));
        List<List<Block>> items = new ArrayList<>();
        for (String target : targets) {
            items.add(List.of(new Block.Paragraph(List.of(Span.plain(target)))));
        }
        body.add(new Block.ItemList(true, 1, items));
        return body;
    }

    private static Block mark(Block block, List<String> targets) {
        if (block instanceof Block.Paragraph paragraph) {
            return new Block.Paragraph(spans(paragraph.spans(), targets));
        } else if (block instanceof Block.Heading heading) {
            return new Block.Heading(heading.level(), spans(heading.spans(), targets));
        } else if (block instanceof Block.Quote quote) {
            List<Block> inner = new ArrayList<>();
            for (Block b : quote.blocks()) {
                inner.add(mark(b, targets));
            }
            return new Block.Quote(inner);
        } else if (block instanceof Block.ItemList list) {
            List<List<Block>> items = new ArrayList<>();
            for (List<Block> item : list.items()) {
                List<Block> inner = new ArrayList<>();
                for (Block b : item) {
                    inner.add(mark(b, targets));
                }
                items.add(inner);
            }
            return new Block.ItemList(list.ordered(), list.start(), items);
        }
        return block;
    }

    private static List<Span> spans(List<Span> spans, List<String> targets) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            out.add(span);
            if (span.isLink() && !span.text().isBlank()) {
                out.add(Span.plain(JOIN + "[" + (targets.indexOf(span.href()) + 1) + "]"));
            }
        }
        return out;
    }

    private static void collect(Block block, Set<String> found) {
        if (block instanceof Block.Paragraph paragraph) {
            spanTargets(paragraph.spans(), found);
        } else if (block instanceof Block.Heading heading) {
            spanTargets(heading.spans(), found);
        } else if (block instanceof Block.Quote quote) {
            for (Block inner : quote.blocks()) {
                collect(inner, found);
            }
        } else if (block instanceof Block.ItemList list) {
            for (List<Block> item : list.items()) {
                for (Block inner : item) {
                    collect(inner, found);
                }
            }
        }
    }

    private static void spanTargets(List<Span> spans, Set<String> found) {
        for (Span span : spans) {
            if (span.isLink() && !span.text().isBlank()) {
                found.add(span.href());
            }
        }
    }
}
