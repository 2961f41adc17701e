package dev.lede.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random paragraphs of mixed scripts, emoji and combining marks at random widths 20–200,
 * plain and nested in quotes and lists: no line is wider than the width, no word is lost or
 * reordered, and no grapheme cluster is cut in two.
 */
class WrapPropertyTest {
    private static final String[] LATIN = {"the", "reader", "naïve", "café", "Straße", "internationalisation",
            "a", "of", "—", "quick", "brown", "fox"};
    private static final String[] CJK = {"東京", "日本語の文章", "한국어", "中文字符", "ｆｕｌｌｗｉｄｔｈ", "漢字かな交じり文"};
    private static final String[] EMOJI = {"😀", "👍🏽", "👨‍👩‍👧‍👦", "🇫🇷", "🇯🇵🇬🇧", "❤️", "1️⃣", "🏳️‍🌈", "🧑🏿‍💻"};
    private static final String[] COMBINING = {"e\u0301", "a\u0308\u0323", "n\u0303", "Z\u0335\u0336\u0337",
            "क्षि", "नमस्ते", "ประเทศไทย", "각\u11A8"};
    private static final String[] URLS = {"https://example.com/a/very/long/path/to/an/article?id=12345&ref=home#top",
            "http://例え.jp/記事/2026/一面", "https://x.test/" + "segment/".repeat(30)};

    @Test
    void randomParagraphs_neverExceedTheWidth_andKeepEveryWordInOrder() {
        for (long seed = 1; seed <= 600; seed++) {
            Random random = new Random(seed);
            int width = 20 + random.nextInt(181);
            String text = paragraph(random);
            Block block = nest(new Block.Paragraph(List.of(Span.plain(text))), random.nextInt(4));
            Article article = new Article(null, "", null, null, null, null, null, List.of(block), List.of());
            Layout layout = Layouter.layout(article, width);
            StringBuilder shown = new StringBuilder();
            for (Line line : layout.lines()) {
                final long s = seed;
                if (line.anchor().unit() < Layouter.FIRST_BODY_UNIT) {
                    continue; // the reading-time line
                }
                assertTrue(line.width() <= width,
                        () -> "seed " + s + ": line of width " + line.width() + " > " + width + ": " + line.text());
                String words = wordsOf(line);
                assertFalse(startsInsideCluster(words), () -> "seed " + s + ": cluster cut before " + words);
                shown.append(words);
            }
            assertEquals(text.replace(" ", ""), shown.toString().replace(" ", ""), "seed " + seed + " at width " + width);
        }
    }

    @Test
    void clusters_measureAsTerminalsDrawThem() {
        assertEquals(2, TextWidth.of("👨‍👩‍👧‍👦"), "a ZWJ family is one picture");
        assertEquals(2, TextWidth.of("👍🏽"), "a skin tone joins its emoji");
        assertEquals(2, TextWidth.of("🇫🇷"), "a flag is two indicators drawn as one");
        assertEquals(1, TextWidth.of("e\u0301"), "a combining accent adds nothing");
        assertEquals(4, TextWidth.of("東京"));
        assertEquals(2, TextWidth.of("❤️"), "an emoji asked for with U+FE0F is counted wide");
        assertEquals(4, TextWidth.of("Zo\u0308e\u0301 "), "marks on Latin letters");
        assertEquals(2, Graphemes.next("e\u0301x", 0));
        assertEquals(4, Graphemes.next("🇫🇷🇯🇵", 0), "flags pair up in order");
    }

    @Test
    void clip_neverSplitsACluster() {
        assertEquals("ab", Clip.toWidth("ab👨‍👩‍👧c", 3));
        assertEquals("ab👨‍👩‍👧", Clip.toWidth("ab👨‍👩‍👧c", 4));
        assertEquals("Ze\u0301", Clip.toWidth("Ze\u0301bra", 2));
    }

    private static String paragraph(Random random) {
        List<String> words = new ArrayList<>();
        int count = 1 + random.nextInt(80);
        for (int i = 0; i < count; i++) {
            words.add(word(random));
        }
        return String.join(" ", words);
    }

    private static String word(Random random) {
        int kind = random.nextInt(20);
        if (kind < 8) {
            return pick(random, LATIN);
        } else if (kind < 11) {
            return pick(random, CJK);
        } else if (kind < 14) {
            return pick(random, EMOJI);
        } else if (kind < 17) {
            return pick(random, COMBINING);
        } else if (kind < 18) {
            return pick(random, URLS);
        }
        StringBuilder glued = new StringBuilder(); // a long run with no space: must be broken
        int parts = 2 + random.nextInt(40);
        for (int i = 0; i < parts; i++) {
            String[] pool = random.nextBoolean() ? CJK : random.nextBoolean() ? EMOJI : COMBINING;
            glued.append(pick(random, pool));
        }
        return glued.toString();
    }

    private static String pick(Random random, String[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    private static Block nest(Block block, int depth) {
        return switch (depth) {
            case 1 -> new Block.Quote(List.of(block));
            case 2 -> new Block.ItemList(true, 9, List.of(List.of(block), List.of(new Block.ItemList(false, 1,
                    List.of(List.of()))))); 
            case 3 -> new Block.Quote(List.of(new Block.ItemList(false, 1, List.of(List.of(block)))));
            default -> block;
        };
    }

    /** The line's text without the bars and markers layout drew around it. */
    private static String wordsOf(Line line) {
        StringBuilder text = new StringBuilder();
        for (Run run : line.runs()) {
            if (run.role() != Role.ORNAMENT && run.role() != Role.LIST_MARKER) {
                text.append(run.text());
            }
        }
        return text.toString();
    }

    private static boolean startsInsideCluster(String text) {
        String t = text.strip();
        return !t.isEmpty() && (Graphemes.isExtender(t.codePointAt(0)) || t.codePointAt(0) == Graphemes.ZWJ);
    }
}
