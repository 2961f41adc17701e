package dev.lede.extract;

import dev.lede.article.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Trims what the page prints around the article's first and last paragraphs and that the body's
 * container took in with them: a line that is only a date (the post's date line), a label
 * ending in a colon with nothing after it ("Tags:", "Sources:", "Read more:", whose links were
 * left out as teasers), a subhead that ends the body (the heading of a box of links that went).
 * These lines are short and say nothing by themselves; the text between them is not touched.
 */
final class BodyEdges {
    /** A date line is at most this long: a date, perhaps a time and a short label. */
    static final int MAX_DATE_LINE_CHARS = 45;
    /** Letters a date line may hold beside the date ("Updated", "Stand:", "Publié le"). */
    static final int MAX_DATE_LINE_LETTERS = 12;
    /** A label line ("Mehr Themen:") is at most this long. */
    static final int MAX_LABEL_CHARS = 40;

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz"
            + "|mai|juni|juli|okt|dez|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre"
            + "|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
            + "|diciembre)\\p{L}*\\.?";
    /**
     * The date forms of date lines on the web: 03.04.2020, 3/4/20, 2021-10-16, 5. Februar 2020,
     * 11 Jan 2019, May 19, 2020, each perhaps with a time.
     */
    private static final Pattern DATE = Pattern.compile(
            "(?iu)(\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s+" + MONTH
            + "\\s+\\d{4}|" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4})(,?\\s*\\p{L}{0,3}\\s*\\d{1,2}[:.]\\d{2}(\\s*\\p{L}{1,3})?)?");

    private BodyEdges() {
    }

    /** {@code blocks} without date lines at either end, nor labels and subheads at the end. */
    static List<Block> trim(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        while (!out.isEmpty() && isDateLine(out.get(0))) {
            out.remove(0);
        }
        while (!out.isEmpty() && endsNothing(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static boolean endsNothing(Block block) {
        if (block instanceof Block.Heading) {
            return true;
        }
        if (!(block instanceof Block.Paragraph p)) {
            return false;
        }
        String text = Block.textOf(p.spans()).strip();
        return isDateLine(text) || text.length() <= MAX_LABEL_CHARS && text.endsWith(":");
    }

    private static boolean isDateLine(Block block) {
        return block instanceof Block.Paragraph p && isDateLine(Block.textOf(p.spans()).strip());
    }

    /** A short line that is a date, give or take a label and a time. */
    static boolean isDateLine(String text) {
        if (text.length() > MAX_DATE_LINE_CHARS || !hasDigit(text)) {
            return false;
        }
        var matcher = DATE.matcher(text);
        if (!matcher.find()) {
            return false;
        }
        String rest = text.substring(0, matcher.start()) + text.substring(matcher.end());
        int letters = 0;
        for (int i = 0; i < rest.length(); i++) {
            if (Character.isLetter(rest.charAt(i))) {
                letters++;
            }
        }
        return letters <= MAX_DATE_LINE_LETTERS;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
