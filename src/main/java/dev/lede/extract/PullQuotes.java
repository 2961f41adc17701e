package dev.lede.extract;

import dev.lede.article.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Pull-quotes: a short passage set apart for display, repeating the body. Found by markup
 * (class or role "pull-quote", "callout" …) and by text (a short block quotation whose words a
 * paragraph of the body already holds). Either way it becomes a {@link Block.PullQuote} where the
 * page put it, so its words are not read, or scored, twice.
 */
final class PullQuotes {
    /** Longer than this, a block is a passage of the story (or a box of its own), not a pull-quote. */
    static final int MAX_CHARS = 300;
    /** Shorter than this (letters and digits), a repeat is a phrase, not a quoted sentence. */
    static final int MIN_REPEAT_CHARS = 24;
    /** Where a pull-quote names its speaker. */
    private static final Pattern ATTRIBUTION_CLASS = Pattern.compile("(?i)attribution|author|cite|source|byline");
    private static final Pattern ELLIPSIS = Pattern.compile("…|\\.\\.\\.");
    private static final Pattern LEADING_DASH = Pattern.compile("^[\\s—–―-]+");

    private PullQuotes() {
    }

    /** Above this share of link text, a "callout" is a promotion (subscribe, read more), not a quote. */
    static final double MAX_LINK_DENSITY = 0.5;

    /** Markup that says "pull-quote", short enough to be one. */
    static boolean isMarked(Element e) {
        return Hints.isPullQuote(e) && Text.normalize(e.text()).length() <= MAX_CHARS;
    }

    /** A marked box that is mostly links: a promotion dressed as a callout. */
    static boolean isPromotion(Element e) {
        int chars = Text.normalize(e.text()).length();
        int linkChars = 0;
        for (Element a : Dom.byTag(e, "a")) {
            linkChars += Text.normalize(a.text()).length();
        }
        return chars == 0 || linkChars > MAX_LINK_DENSITY * chars;
    }

    /** The pull-quote a marked element shows, its speaker apart; {@code null} when it holds no text. */
    static Block.PullQuote fromMarkup(Element e) {
        Element cite = null;
        for (Element candidate : Dom.all(e)) {
            if (isAttribution(candidate)) {
                cite = candidate;
                break;
            }
        }
        String attribution = null;
        String text;
        if (cite != null && cite != e) {
            attribution = LEADING_DASH.matcher(Text.normalize(cite.text())).replaceFirst("");
            Element copy = e.clone();
            for (Element part : Dom.all(copy)) {
                if (isAttribution(part)) {
                    part.remove();
                }
            }
            text = Text.normalize(copy.text());
        } else {
            text = Text.normalize(e.text());
        }
        text = stripQuotes(text);
        if (text.isEmpty()) {
            return null;
        }
        return new Block.PullQuote(text, attribution == null || attribution.isEmpty() ? null : attribution);
    }

    /** As the query {@code cite, footer, figcaption, [class~=(?i)attribution|author|cite|source|byline]}. */
    private static boolean isAttribution(Element e) {
        String tag = e.normalName();
        return tag.equals("cite") || tag.equals("footer") || tag.equals("figcaption")
                || Hints.classLike(e, ATTRIBUTION_CLASS);
    }

    /**
     * {@code blocks} with every short block quotation that repeats words of a paragraph turned
     * into a pull-quote, in place. Paragraphs are left alone: a plain paragraph that repeats
     * another is a page's slip, and which copy is the body's cannot be told.
     */
    static List<Block> markRepeats(List<Block> blocks) {
        List<String> paragraphs = null; // the paragraphs' keys, made when a quote is first asked about
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            String text = shortText(block);
            if (block instanceof Block.Quote && text != null && paragraphs == null) {
                paragraphs = paragraphKeys(blocks);
            }
            if (block instanceof Block.Quote && text != null && repeats(text, paragraphs)) {
                out.add(new Block.PullQuote(stripQuotes(text), null));
            } else {
                out.add(block);
            }
        }
        return out;
    }

    private static List<String> paragraphKeys(List<Block> blocks) {
        List<String> keys = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                keys.add(Text.key(Block.textOf(p.spans())));
            }
        }
        return keys;
    }

    /** The text of a short quote made only of paragraphs, or {@code null}. */
    private static String shortText(Block block) {
        String text = null;
        if (block instanceof Block.Quote q && !q.blocks().isEmpty() && allParagraphs(q.blocks())) {
            StringBuilder joined = new StringBuilder();
            for (Block inner : q.blocks()) {
                joined.append(Block.textOf(((Block.Paragraph) inner).spans())).append(' ');
            }
            text = joined.toString();
        }
        if (text == null) {
            return null;
        }
        text = Text.normalize(text);
        return text.isEmpty() || text.length() > MAX_CHARS ? null : text;
    }

    private static boolean allParagraphs(List<Block> blocks) {
        for (Block block : blocks) {
            if (!(block instanceof Block.Paragraph)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every part of {@code text} (parts split at ellipses) stands, in order, in one paragraph. */
    private static boolean repeats(String text, List<String> paragraphs) {
        String whole = Text.key(text);
        if (whole.length() < MIN_REPEAT_CHARS) {
            return false;
        }
        for (String paragraph : paragraphs) {
            if (paragraph.length() >= whole.length() && holdsEveryPart(paragraph, text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsEveryPart(String paragraph, String text) {
        int from = 0;
        for (String part : ELLIPSIS.split(text)) {
            String key = Text.key(part);
            if (key.isEmpty()) {
                continue;
            }
            int at = paragraph.indexOf(key, from);
            if (at < 0) {
                return false;
            }
            from = at + key.length();
        }
        return true;
    }

    static String stripQuotes(String text) {
        String s = text.strip();
        if (s.length() > 2 && "“\"‘'«„".indexOf(s.charAt(0)) >= 0 && "”\"’'»“".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
