package dev.lede.layout;

import dev.lede.article.Block;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a pull-quote is set. Pages put a pull-quote beside the paragraph it quotes, so in a
 * column of text it follows the very sentence it repeats, and the reader reads the same words
 * twice in a row. A pull-quote whose words end less than a screen of text above it moves down to
 * the first paragraph boundary a screen past them; when the article ends first, it is dropped
 * (its words are in the body, and {@code Article.pullQuotes()} still lists it).
 */
final class PullQuotePlacement {
    /** About one screen of text at the default measure: 20 rows of 72 columns. */
    static final int SCREEN_CHARS = 20 * Layouter.DEFAULT_MEASURE;
    /** Shorter quotes are too common a phrase to call a repeat. */
    static final int MIN_QUOTE_CHARS = 20;

    private PullQuotePlacement() {
    }

    /** {@code blocks} with each pull-quote that repeats text just above it moved down, or dropped. */
    static List<Block> placed(List<Block> blocks) {
        if (blocks.stream().noneMatch(block -> block instanceof Block.PullQuote)) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Block.PullQuote quote)) {
                continue;
            }
            int since = charsSinceRepeat(out, i, squash(quote.text()));
            if (since < 0 || since >= SCREEN_CHARS) {
                continue;
            }
            out.remove(i);
            int at = boundaryAfter(out, i, SCREEN_CHARS - since);
            if (at >= 0) {
                out.add(at, quote);
            }
            i--; // the block now at i has not been looked at
        }
        return out;
    }

    /**
     * How many characters of text lie between the end of the quote's words in the paragraphs
     * above block {@code index} and the quote, or -1 when they are not within a screen above.
     */
    private static int charsSinceRepeat(List<Block> blocks, int index, String quote) {
        if (quote.length() < MIN_QUOTE_CHARS) {
            return -1;
        }
        int between = 0;
        for (int j = index - 1; j >= 0 && between < SCREEN_CHARS; j--) {
            if (blocks.get(j) instanceof Block.Paragraph paragraph) {
                String text = squash(Block.textOf(paragraph.spans()));
                int found = text.lastIndexOf(quote);
                if (found >= 0) {
                    return between + text.length() - (found + quote.length());
                }
                between += text.length();
            } else if (!(blocks.get(j) instanceof Block.PullQuote)) {
                between += Typesetter.extent(blocks.get(j));
            }
        }
        return -1;
    }

    /** The index to insert at: after the first paragraph that ends {@code chars} or more below {@code from}, or -1. */
    private static int boundaryAfter(List<Block> blocks, int from, int chars) {
        int passed = 0;
        for (int j = from; j < blocks.size(); j++) {
            Block block = blocks.get(j);
            passed += Typesetter.extent(block);
            if (passed >= chars && block instanceof Block.Paragraph
                    && (j + 1 == blocks.size() || !(blocks.get(j + 1) instanceof Block.PullQuote))) {
                return j + 1 < blocks.size() ? j + 1 : -1; // after the last paragraph is the end: drop it
            }
        }
        return -1;
    }

    /** Text reduced to what a repeat is judged on: letters and digits, single spaces, lower case, no quotation marks. */
    static String squash(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(plain.length());
        boolean space = true;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (Character.isWhitespace(c) && !space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }
}
