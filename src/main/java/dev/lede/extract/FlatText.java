package dev.lede.extract;

import dev.lede.article.Block;
import dev.lede.article.Span;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a subtree as plain paragraphs, one per block element, gathered by jsoup's
 * iterative traversal: for content nested deeper than {@link BlockBuilder} follows as structure.
 */
final class FlatText {
    private FlatText() {
    }

    static List<Block> paragraphs(Element root) {
        List<Block> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (breaks(node)) {
                    flush(text, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (breaks(node)) {
                    flush(text, out);
                }
            }
        }, root);
        flush(text, out);
        return out;
    }

    private static boolean breaks(Node node) {
        return node instanceof Element e && (BlockBuilder.isBlockTag(e.normalName()) || e.normalName().equals("br"));
    }

    private static void flush(StringBuilder text, List<Block> out) {
        String paragraph = Text.normalize(text.toString());
        text.setLength(0);
        if (!paragraph.isEmpty()) {
            out.add(new Block.Paragraph(List.of(Span.plain(paragraph))));
        }
    }
}
