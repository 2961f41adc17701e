package dev.lede.layout;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The typographic punctuation of a page's own text written in ASCII, for {@code --ascii} and
 * terminals without Unicode: curly quotes as {@code "} and {@code '}, dashes as {@code -},
 * an ellipsis as {@code ...}. Done to the article before it is set, so an ellipsis's three
 * columns are wrapped like any others (a stand-in drawn per cell must keep one column).
 */
final class AsciiPunctuation {
    private AsciiPunctuation() {
    }

    /** {@code text} with its typographic punctuation in ASCII; the same string when it has none. */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String plain = switch (c) {
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033' -> "\"";
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2039', '\u203a', '\u2032' -> "'";
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
                case '\u2026' -> "...";
                default -> null;
            };
            if (plain != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (plain != null) {
                    out.append(plain);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@code article} with the punctuation of its headline, standfirst, byline and body in ASCII. */
    static Article article(Article article) {
        return new Article(article.url(), of(article.title()), article.site(), of(article.byline()),
                article.published(), article.lang(), of(article.standfirst()), blocks(article.body()),
                article.related(), article.feed(), article.isFeed());
    }

    private static List<Block> blocks(List<Block> blocks) {
        List<Block> plain = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            plain.add(block(block));
        }
        return plain;
    }

    private static Block block(Block block) {
        if (block instanceof Block.Heading heading) {
            return new Block.Heading(heading.level(), spans(heading.spans()));
        } else if (block instanceof Block.Paragraph paragraph) {
            return new Block.Paragraph(spans(paragraph.spans()));
        } else if (block instanceof Block.PullQuote quote) {
            return new Block.PullQuote(of(quote.text()), of(quote.attribution()));
        } else if (block instanceof Block.Quote quote) {
            return new Block.Quote(blocks(quote.blocks()));
        } else if (block instanceof Block.ItemList list) {
            List<List<Block>> items = new ArrayList<>(list.items().size());
            for (List<Block> item : list.items()) {
                items.add(blocks(item));
            }
            return new Block.ItemList(list.ordered(), list.start(), items);
        } else if (block instanceof Block.Figure figure) {
            return new Block.Figure(figure.src(), of(figure.alt()), of(figure.caption()));
        } else if (block instanceof Block.Table table) {
            List<List<String>> rows = new ArrayList<>(table.rows().size());
            for (List<String> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (String cell : row) {
                    cells.add(of(cell));
                }
                rows.add(cells);
            }
            return new Block.Table(rows, table.header());
        }
        return block; // preformatted text is the author's characters, column for column; a rule has no text
    }

    private static List<Span> spans(List<Span> spans) {
        List<Span> plain = new ArrayList<>(spans.size());
        for (Span span : spans) {
            plain.add(new Span(of(span.text()), span.marks(), span.href()));
        }
        return plain;
    }
}
