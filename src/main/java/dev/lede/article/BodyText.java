package dev.lede.article;

import java.util.List;

/** Renders body blocks as the plain running text that {@link Article#text()} promises. */
final class BodyText {
    private BodyText() {
    }

    static String of(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        append(blocks, out);
        return out.toString();
    }

    private static void append(List<Block> blocks, StringBuilder out) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                paragraph(Block.textOf(p.spans()), out);
            } else if (block instanceof Block.Heading h) {
                paragraph(Block.textOf(h.spans()), out);
            } else if (block instanceof Block.Quote q) {
                append(q.blocks(), out);
            } else if (block instanceof Block.ItemList list) {
                for (List<Block> item : list.items()) {
                    append(item, out);
                }
            } else if (block instanceof Block.Preformatted pre) {
                paragraph(pre.text(), out);
            } else if (block instanceof Block.Table table) {
                for (List<String> row : table.rows()) {
                    paragraph(String.join(" ", row), out);
                }
            }
            // Pull-quotes repeat the body, figures carry captions: neither is running text.
        }
    }

    private static void paragraph(String text, StringBuilder out) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append("\n\n");
        }
        out.append(trimmed);
    }

    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean letter = Character.isLetterOrDigit(cp);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || (inWord && (cp == '\'' || cp == '’' || cp == '-'));
            i += Character.charCount(cp);
        }
        return words;
    }
}
