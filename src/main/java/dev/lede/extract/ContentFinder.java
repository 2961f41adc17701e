package dev.lede.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the elements that hold the article body: scores text blocks by length and commas,
 * propagates the scores to their ancestors, discounts link-heavy containers, picks the best
 * and takes in siblings that look like part of the same article.
 */
final class ContentFinder {
    /** Text blocks shorter than this do not vote for their container. */
    static final int MIN_BLOCK_CHARS = 25;
    /** How many ancestor levels a text block's score reaches. */
    static final int ANCESTOR_LEVELS = 5;
    /** A sibling joins the article when it scores at least this fraction of the best container. */
    static final double SIBLING_FRACTION = 0.2;

    /** How far up from the best element chunks of the same article are looked for. */
    static final int PARTS_LEVELS = 3;
    /** A same-kind chunk joins the article when it scores at least this fraction of the best. */
    static final double PART_FRACTION = 0.1;

    private static final Set<String> TEXT_BLOCKS = Set.of("p", "pre", "td", "blockquote", "li", "h2", "h3");
    private static final Set<String> SUBHEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Pattern HAS_SENTENCE_END = Pattern.compile(".*\\.( |$).*");

    /**
     * Scores in the order elements were first scored (document order of the text that voted), so
     * a tie for best goes to the first. An identity map's order follows identity hash codes, which
     * depend on whatever the JVM hashed before: the same page could come out differently.
     */
    private final Map<Element, Double> scores = new LinkedHashMap<>();
    /**
     * Per element: characters of text, of text inside links, and commas, gathered in one pass so
     * that link density and a block's vote cost nothing per element. Asking each candidate for its text instead made
     * deeply nested pages quadratic (minutes for 100,000 nested tags).
     */
    private final Map<Element, int[]> lengths = new IdentityHashMap<>();
    /** Indexes into {@link #lengths}' arrays. */
    private static final int CHARS = 0;
    private static final int LINKED = 1;
    private static final int COMMAS = 2;
    /** Per ancestor asked: is it a box beside the article, whose text does not vote? */
    private final Map<Element, Boolean> barriers = new IdentityHashMap<>();

    private ContentFinder() {
    }

    /** The body's elements in document order; the whole {@code body} when nothing scores. */
    static List<Element> find(Element body) {
        return new ContentFinder().run(body);
    }

    private List<Element> run(Element body) {
        measure(body);
        for (Element block : Dom.all(body)) {
            if (isTextBlock(block)) {
                vote(block);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - measuredLinkDensity(entry.getKey()));
            entry.setValue(score);
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of(body);
        }
        List<Element> parts = partsOfTheSameKind(best, bestScore);
        if (parts.size() > 1) {
            return parts;
        }
        best = widen(best, bestScore);
        return withSiblings(best, scores.getOrDefault(best, bestScore));
    }

    private boolean isTextBlock(Element e) {
        String tag = e.normalName();
        if (TEXT_BLOCKS.contains(tag)) {
            return true;
        }
        // A div used as a paragraph: text (perhaps wrapped in spans) and no block children.
        // Or a div whose text sits directly in it between <br>s, around the odd block child.
        return (tag.equals("div") || tag.equals("section")) && (!hasBlockChild(e) || ownRuns(e) > 1);
    }

    /** How many runs of text of paragraph length the element holds directly. */
    private static int ownRuns(Element e) {
        int runs = 0;
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof TextNode t && textLength(t) >= MIN_BLOCK_CHARS) {
                runs++;
            }
        }
        return runs;
    }

    private void vote(Element block) {
        int[] measured = lengths.get(block);
        int length = measured[CHARS];
        if (length < MIN_BLOCK_CHARS || isTeaser(block) || outsideTheArticle(block)) {
            return;
        }
        int runs = Math.max(1, ownRuns(block));
        double score = runs + measured[COMMAS] + Math.min(3 * runs, length / 100);
        Element ancestor = block.parent();
        for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
            if (ancestor.normalName().equals("html")) {
                break;
            }
            double share = level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            Double before = scores.get(ancestor); // the initial score (class hints, regexes) only once per element
            scores.put(ancestor, (before == null ? initial(ancestor) : before) + share);
            ancestor = ancestor.parent();
        }
    }

    private static double initial(Element e) {
        int base = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + Hints.weight(e);
    }

    /**
     * When the best element is one of several similar children of a parent that scores
     * nearly as well (text split across sibling divs), the parent is the article. Each step up
     * is measured against the best itself, so slowly falling scores cannot climb to the page.
     */
    private Element widen(Element best, double bestScore) {
        Element parent = best.parent();
        while (parent != null && !parent.normalName().equals("body")) {
            Double parentScore = scores.get(parent);
            if (parentScore == null || parentScore < bestScore * 0.75) {
                break;
            }
            best = parent;
            parent = best.parent();
        }
        return best;
    }

    /**
     * Some pages cut the article into chunks of the same markup with ads or rails between
     * them, so the best chunk's siblings are not the rest of the article but its cousins are:
     * nearby elements with the same tag and class that score too. A headline between two
     * chunks means the next one belongs to another article (an infinite-scroll page).
     */
    private List<Element> partsOfTheSameKind(Element best, double bestScore) {
        if (best.className().isBlank()) {
            return List.of(best);
        }
        Element scope = best;
        for (int level = 0; level < PARTS_LEVELS && scope.parent() != null
                && !scope.parent().normalName().equals("body"); level++) {
            scope = scope.parent();
        }
        List<Element> run = new ArrayList<>();
        boolean bestInRun = false;
        for (Element e : Dom.all(scope)) {
            if (e.normalName().equals("h1") && !insideAny(e, run)) {
                if (bestInRun) {
                    break;
                }
                run.clear();
            } else if (e == best || isPartLike(e, best, bestScore) && !insideAny(e, run)
                    && !Dom.isInside(best, e)) {
                run.add(e);
                bestInRun |= e == best;
            }
        }
        return run;
    }

    private boolean isPartLike(Element e, Element best, double bestScore) {
        return e.normalName().equals(best.normalName()) && e.className().equals(best.className())
                && scores.getOrDefault(e, 0.0) >= bestScore * PART_FRACTION && !Hints.isNoise(e);
    }

    private static boolean insideAny(Element e, List<Element> parts) {
        for (Element part : parts) {
            if (Dom.isInside(e, part)) {
                return true;
            }
        }
        return false;
    }

    private List<Element> withSiblings(Element best, double bestScore) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * SIBLING_FRACTION);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : Dom.children(parent)) {
            if (sibling == best) {
                chosen.add(sibling);
                continue;
            }
            if (Hints.isNoise(sibling) || Dom.firstByTag(sibling, "h1") != null) {
                continue; // a sibling with a headline is the article's header, or another article
            }
            Double score = scores.get(sibling);
            if (score != null && score >= threshold) {
                chosen.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = Text.normalize(sibling.text());
                double density = measuredLinkDensity(sibling);
                if ((text.length() > 80 && density < 0.25)
                        || (text.length() > 0 && density == 0 && HAS_SENTENCE_END.matcher(text).matches())) {
                    chosen.add(sibling);
                }
            }
        }
        return chosen;
    }

    private void measure(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    int chars = 0;
                    int linked = 0;
                    int commas = 0;
                    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
                        Node child = e.childNode(i);
                        if (child instanceof TextNode t) {
                            chars += textLength(t);
                            commas += commas(t.getWholeText());
                        } else if (child instanceof Element c) {
                            int[] inner = lengths.get(c);
                            chars += inner[CHARS];
                            linked += inner[LINKED];
                            commas += inner[COMMAS];
                        }
                    }
                    lengths.put(e, new int[] {chars, e.normalName().equals("a") ? chars : linked, commas});
                }
            }
        }, root);
    }

    /**
     * The length of the text node's text once normalised ({@code Text.normalize(t.text()).length()}),
     * counted without making either string: invisible format characters are dropped, then every run of spaces counts one between words. This runs on every text node.
     */
    static int textLength(TextNode t) {
        String s = t.getWholeText();
        int length = 0;
        boolean words = false;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Text.isInvisible(c)) {
                continue;
            }
            if (Text.isSpace(c)) {
                space = words;
            } else {
                length += space ? 2 : 1;
                space = false;
                words = true;
            }
        }
        return length;
    }

    /** The share of {@code e}'s text inside links, from the lengths {@link #measure} gathered. */
    private double measuredLinkDensity(Element e) {
        int[] measured = lengths.get(e);
        if (measured == null) {
            return linkDensity(e); // outside the measured tree (a sibling of the body): measure directly
        }
        return measured[CHARS] == 0 ? 0 : Math.min(1, measured[LINKED] / (double) measured[CHARS]);
    }

    static double linkDensity(Element e) {
        return TextStats.linkDensity(e);
    }

    /**
     * A paragraph right under a headline that is a link, or a list item holding one, sums up
     * another page: a card in a list of stories, which can outvote a short article when there
     * are many.
     */
    private static boolean isTeaser(Element block) {
        Element previous = block.previousElementSibling();
        if (previous != null && isHeading(previous) && TextStats.isAllLinks(previous)) {
            return true;
        }
        if (block.normalName().equals("li")) {
            for (Element heading : Dom.byTags(block, SUBHEADINGS)) {
                if (TextStats.isAllLinks(heading)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isHeading(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /**
     * Readers' comments, sidebars and photo galleries can outscore a short article; text
     * inside them never votes. The body's own class names are not asked: they describe the
     * whole page ({@code bbccom_outbrain_ar_5}).
     */
    private boolean outsideTheArticle(Element block) {
        for (Element e = block.parent(); e != null && !e.normalName().equals("body"); e = e.parent()) {
            Boolean barrier = barriers.get(e);
            if (barrier == null) {
                barrier = Hints.isBesideTheArticle(e);
                barriers.put(e, barrier);
            }
            if (barrier) {
                return true;
            }
        }
        return false;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    private static boolean hasBlockChild(Element e) {
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element child && BlockBuilder.isBlockTag(child.normalName())) {
                return true;
            }
        }
        return false;
    }
}
