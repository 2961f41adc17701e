package dev.lede.reader;

import dev.lede.article.Block;
import dev.lede.article.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The targets of an article's numbered links: link [n] is entry n-1. Links are numbered by
 * first appearance in the body, one number per distinct address.
 */
final class LinkNumbers {
    private LinkNumbers() {
    }

    static List<String> of(Document doc) {
        Set<String> found = new LinkedHashSet<>();
        for (Block block : doc.article().body()) {
            collect(block, found);
        }
        return new ArrayList<>(found);
    }

    private static void collect(Block block, Set<String> found) {
        if (block instanceof Block.Paragraph paragraph) {
            spans(paragraph.spans(), found);
        } else if (block instanceof Block.Heading heading) {
            spans(heading.spans(), found);
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

    private static void spans(List<Span> spans, Set<String> found) {
        for (Span span : spans) {
            if (span.isLink()) {
                found.add(span.href());
            }
        }
    }
}
