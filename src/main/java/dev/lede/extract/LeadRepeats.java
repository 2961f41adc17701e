package dev.lede.extract;

import dev.lede.article.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the standfirst from being printed twice. Pages often give as their description the body's
 * opening paragraph, whole or cut short ("…"), and lede shows the description as the standfirst
 * above the body: the reader would read the same sentences twice. When one of the body's first
 * paragraphs repeats the standfirst, holds it whole, or starts with it, the standfirst goes: the
 * body says it in full, in its place.
 */
final class LeadRepeats {
    /** How many blocks from the top the repeat is looked for (a photo or a date line may come first). */
    static final int LOOK_AHEAD = 3;
    /** Shorter keys (letters and digits) are too short to call a repeat: "Photo", "Update". */
    static final int MIN_KEY = 20;

    /** The standfirst (perhaps {@code null}) and the body blocks, with no text in both. */
    record Lead(String standfirst, List<Block> blocks) {
    }

    private LeadRepeats() {
    }

    static Lead resolve(String standfirst, List<Block> blocks) {
        if (standfirst == null) {
            return new Lead(null, blocks);
        }
        String standfirstKey = Text.key(stripEllipsis(standfirst));
        if (standfirstKey.length() < MIN_KEY) {
            return new Lead(standfirst, blocks);
        }
        for (int i = 0; i < Math.min(LOOK_AHEAD, blocks.size()); i++) {
            if (!(blocks.get(i) instanceof Block.Paragraph p)) {
                continue;
            }
            String text = Block.textOf(p.spans());
            String key = Text.key(text);
            if (key.length() < MIN_KEY) {
                continue;
            }
            if (standfirstKey.contains(key) || key.startsWith(standfirstKey)) {
                return new Lead(null, blocks);
            }
        }
        return new Lead(standfirst, blocks);
    }

    /** The description as a page cuts it short: "... the river crossings…" or "... crossings [...]". */
    private static String stripEllipsis(String s) {
        String t = s.strip();
        for (String mark : new String[] {"[…]", "[...]", "…", "..."}) {
            if (t.endsWith(mark)) {
                return t.substring(0, t.length() - mark.length());
            }
        }
        return t;
    }

    private static List<Block> without(List<Block> blocks, int index) {
        List<Block> out = new ArrayList<>(blocks);
        out.remove(index);
        return out;
    }
}
