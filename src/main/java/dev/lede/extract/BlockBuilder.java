package dev.lede.extract;

import dev.lede.article.Block;
import dev.lede.article.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Turns the chosen content elements into body blocks: paragraphs, subheads, lists, quotes,
 * pull-quotes, figures, preformatted text and tables. Noise inside the article (share bars,
 * newsletter boxes, players) is skipped here.
 *
 * <p>Recursion follows the DOM, but never deeper than {@link #MAX_NESTING} levels: content
 * nested deeper is read as plain paragraphs by {@link FlatText}, which does not recurse. So no
 * page, however deep, can overflow the stack here or in layout, whose recursion follows the
 * blocks built here.
 */
final class BlockBuilder {
    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
            "tfoot", "tr", "td", "th", "ul", "picture", "img", "caption");

    /**
     * Levels of elements followed as structure, block and inline alike. Articles nest lists and
     * quotes a few levels deep; past this a page is broken or hostile, and its text is enough.
     */
    static final int MAX_NESTING = 48;
    /**
     * Quotes and lists inside each other: each level indents the text in layout and costs it a
     * copy of the lines inside, so deeper ones are read as plain paragraphs.
     */
    static final int MAX_BLOCK_NESTING = 12;
    /** Text shorter than this in a noisy-named paragraph is the widget's label, not a sentence. */
    static final int MIN_SENTENCE_CHARS = 80;
    /** A paragraph this short just before a run of links is read as the run's label. */
    static final int MAX_LABEL_CHARS = 40;

    /** Labels of ads and widgets, compared as {@link Text#key} without digits. */
    private static final Set<String> BARE_LABELS = Set.of(
            "advertisement", "advert", "ad", "ads", "sponsored", "anzeige", "publicidad", "publicidade",
            "publicité", "pubblicità", "reklama", "реклама", "iklan", "comments", "comment", "leaveacomment",
            "readmore", "continuereading", "continuereadingthemainstory", "sharethis", "sharethisarticle");

    /**
     * The text of a font-size control ("– A +", "A- A A+", "A A A"): buttons that print letters
     * of growing size, left in the text between the standfirst and the body.
     */
    private static final Pattern FONT_SIZE_CONTROL = Pattern.compile("[-–−+\\s]*(A{1,2}[-–−+]?\\s*){1,3}[-–−+\\s]*");
    private static final Pattern PRE_ENDS = Pattern.compile("^\\n+|\\s+$");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[?\\d+\\]?");

    private static final int MAX_BARE_LABEL_CHARS = longest(BARE_LABELS);

    private final String title;
    private int depth;
    private int blockNesting;
    /** The elements around the page's first {@code h1}, taken for the headline. */
    private final Set<Element> aroundHeadline = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Characters of text in the content root being built. */
    private int rootChars;

    private BlockBuilder(String title) {
        this.title = title == null ? "" : Text.key(title);
    }

    /** Blocks for {@code roots} in order; {@code title} lets a repeated headline be dropped. */
    static List<Block> build(List<Element> roots, String title) {
        BlockBuilder builder = new BlockBuilder(title);
        List<Block> out = new ArrayList<>();
        for (Element root : roots) {
            Document doc = root.ownerDocument();
            Element headline = doc == null ? null : Dom.firstByTag(doc, "h1");
            builder.aroundHeadline.clear();
            if (headline != null) {
                for (Element parent = headline.parent(); parent != null && !parent.nameIs("#root");
                        parent = parent.parent()) {
                    builder.aroundHeadline.add(parent);
                }
            }
            builder.rootChars = root.text().length();
            builder.element(root, out);
        }
        List<Block> blocks = new ArrayList<>(out.size());
        for (Block block : out) {
            if (!isBareLabel(block)) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    /**
     * Ad slots and widgets leave their labels in the text ("Advertisement", "Comments",
     * "Read more"); a paragraph or heading that says nothing else is one of them.
     */
    private static boolean isBareLabel(Block block) {
        List<Span> spans;
        if (block instanceof Block.Paragraph p) {
            spans = p.spans();
        } else if (block instanceof Block.Heading h) {
            spans = h.spans();
        } else {
            return false;
        }
        String text = Block.textOf(spans);
        String key = Text.labelKey(text, MAX_BARE_LABEL_CHARS);
        return key != null && (BARE_LABELS.contains(key) || isFontSizeControl(text));
    }

    /** A control, not a sentence: some sign or a second letter beside the lone "A". */
    private static boolean isFontSizeControl(String text) {
        String t = text.strip();
        return t.length() > 1 && FONT_SIZE_CONTROL.matcher(t).matches();
    }

    private static int longest(Set<String> words) {
        int longest = 0;
        for (String word : words) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    static boolean isBlockTag(String tag) {
        return BLOCK_TAGS.contains(tag);
    }

    private void element(Element e, List<Block> out) {
        if (depth >= MAX_NESTING || blockNesting >= MAX_BLOCK_NESTING && nests(e)) {
            out.addAll(FlatText.paragraphs(e));
            return;
        }
        depth++;
        try {
            structured(e, out);
        } finally {
            depth--;
        }
    }

    private void structured(Element e, List<Block> out) {
        if (PullQuotes.isMarked(e)) {
            Block.PullQuote quote = PullQuotes.isPromotion(e) ? null : PullQuotes.fromMarkup(e);
            if (quote != null) {
                out.add(quote);
            }
            return;
        }
        if (isBoilerplate(e, out)) {
            return;
        }
        if (Hints.isGallery(e)) {
            // The pictures are the article's; the slide captions and counters are not its text.
            for (Element img : Dom.byTag(e, "img")) {
                image(img, null, out);
            }
            return;
        }
        switch (e.normalName()) {
            case "p" -> paragraph(e, out);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(e, out);
            case "ul", "ol" -> list(e, out);
            case "blockquote" -> quote(e, out);
            case "figure" -> figure(e, out);
            case "img" -> image(e, null, out);
            case "picture" -> {
                Element img = Dom.firstByTag(e, "img");
                if (img != null) {
                    image(img, null, out);
                }
            }
            case "pre" -> out.add(new Block.Preformatted(PRE_ENDS.matcher(e.wholeText()).replaceAll("")));
            case "table" -> table(e, out);
            case "hr" -> out.add(new Block.Rule());
            case "nav", "footer" -> { }
            default -> container(e, out);
        }
    }

    private boolean isBoilerplate(Element e, List<Block> out) {
        if (isHeader(e) || Hints.isMetadata(e)) {
            return true;
        }
        if (isTeaser(e)) {
            dropLabel(out);
            return true;
        }
        return Hints.isNoise(e) && !isContentTag(e) && !isPlainSubhead(e) && !holdsMostOfTheRoot(e)
                && Dom.firstByTag(e, "blockquote") == null;
    }

    /**
     * A paragraph, heading or list that is nothing but links ("Read more: ...", "Click here to
     * get the app", a list of other stories) points away from the article.
     */
    private static boolean isTeaser(Element e) {
        return switch (e.normalName()) {
            case "p", "h2", "h3", "h4", "h5", "h6" -> TextStats.isAllLinks(e);
            case "ul", "ol" -> {
                boolean any = false;
                for (Element li : Dom.children(e)) {
                    if (!Text.normalize(li.text()).isEmpty()) {
                        if (!TextStats.isAllLinks(li)) {
                            yield false;
                        }
                        any = true;
                    }
                }
                yield any;
            }
            default -> false;
        };
    }

    /** The short line just before a run of teasers is its label ("More:", "You may also like"). */
    private static void dropLabel(List<Block> out) {
        if (out.isEmpty()) {
            return;
        }
        Block last = out.get(out.size() - 1);
        if (last instanceof Block.Heading
                || last instanceof Block.Paragraph p && Block.textOf(p.spans()).length() <= MAX_LABEL_CHARS) {
            out.remove(out.size() - 1);
        }
    }

    /**
     * A box that holds most of the chosen content is the article's wrapper, whatever its class
     * says (Blogger puts each post inside {@code class="widget Blog"}); comment threads excepted,
     * unless the box holds the headline too (a page wrapper named after an ad network's script).
     */
    private boolean holdsMostOfTheRoot(Element e) {
        return (!Hints.namedLike(e, Hints.ALWAYS_NOISE) || Hints.holdsHeadline(e))
                && e.text().length() * 2 > rootChars;
    }

    /**
     * The box around the headline holds the byline, date and standfirst, which have their own
     * fields; it is the article's header unless it holds most of the text (headline and body
     * in one container).
     */
    private boolean isHeader(Element e) {
        return aroundHeadline.contains(e) && e.text().length() * 2 <= rootChars;
    }

    private static boolean nests(Element e) {
        String tag = e.normalName();
        return tag.equals("blockquote") || tag.equals("ul") || tag.equals("ol") || tag.equals("figure");
    }

    /**
     * Tags whose own meaning outweighs a noisy class name ({@code <p class="tag-intro">}) when
     * they hold a sentence or more; a short one ("Sharing is caring!") is the widget's label.
     */
    private static boolean isContentTag(Element e) {
        String tag = e.normalName();
        return (tag.equals("p") || tag.equals("h2") || tag.equals("h3") || tag.equals("blockquote"))
                && e.text().length() >= MIN_SENTENCE_CHARS;
    }

    /**
     * A subhead's id is the target of the page's table of contents ({@code id="nav_2"},
     * {@code id="menu-prices"}), not a sign that it is navigation: a heading without links is
     * the article's own, whatever its name says.
     */
    private static boolean isPlainSubhead(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6'
                && Dom.firstByTag(e, "a") == null && !Hints.namedLike(e, Hints.ALWAYS_NOISE);
    }

    /** A container may mix inline text with blocks; inline runs between blocks become paragraphs. */
    private void container(Element e, List<Block> out) {
        Inline inline = new Inline();
        for (Node child : e.childNodes()) {
            if (child instanceof Element el && isBlockTag(el.normalName())) {
                flush(inline, out);
                inline = new Inline();
                element(el, out);
            } else if (child instanceof Element el && el.normalName().equals("br")
                    && inline.endsWithBreak()) {
                flush(inline, out); // two <br> in a row separate paragraphs
                inline = new Inline();
            } else {
                inline.node(child);
            }
        }
        flush(inline, out);
    }

    private void flush(Inline inline, List<Block> out) {
        List<Span> spans = inline.spans();
        if (!spans.isEmpty()) {
            out.add(new Block.Paragraph(spans));
        }
    }

    private void paragraph(Element p, List<Block> out) {
        if (!hasText(p)) {
            Element img = Dom.firstByTag(p, "img");
            if (img != null) {
                image(img, null, out);
            }
            return;
        }
        if (hasBlockDescendant(p)) {
            container(p, out);
            return;
        }
        Inline inline = new Inline();
        inline.children(p);
        flush(inline, out);
    }

    private void heading(Element h, List<Block> out) {
        Inline inline = new Inline();
        inline.children(h);
        List<Span> spans = inline.spans();
        if (spans.isEmpty()) {
            return;
        }
        if (!title.isEmpty() && Text.key(Block.textOf(spans)).equals(title)) {
            return; // the headline, repeated inside the body
        }
        int level = Math.max(2, h.normalName().charAt(1) - '0');
        out.add(new Block.Heading(level, spans));
    }

    private void list(Element list, List<Block> out) {
        List<List<Block>> items = new ArrayList<>();
        for (Element li : Dom.children(list)) {
            if (!li.normalName().equals("li")) {
                continue;
            }
            List<Block> item = new ArrayList<>();
            blockNesting++;
            container(li, item);
            blockNesting--;
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            return;
        }
        boolean ordered = list.normalName().equals("ol");
        int start = 1;
        if (ordered && list.hasAttr("start")) {
            try {
                start = Integer.parseInt(list.attr("start").strip());
            } catch (NumberFormatException ignored) {
                // keep 1
            }
        }
        out.add(new Block.ItemList(ordered, start, items));
    }

    private void quote(Element q, List<Block> out) {
        List<Block> inner = new ArrayList<>();
        blockNesting++;
        container(q, inner);
        blockNesting--;
        if (!inner.isEmpty()) {
            out.add(new Block.Quote(inner));
        }
    }

    private void figure(Element figure, List<Block> out) {
        Element img = Dom.firstByTag(figure, "img");
        Element caption = Dom.firstByTag(figure, "figcaption");
        if (img == null) {
            Element quote = Dom.firstByTag(figure, "blockquote");
            if (quote != null) {
                quote(quote, out);
            } else if (caption == null) {
                container(figure, out);
            }
            return;
        }
        String captionText = null;
        if (caption != null) {
            Element copy = caption.clone();
            for (Element part : Dom.all(copy)) {
                if (isCredit(part)) {
                    part.remove();
                }
            }
            captionText = Text.normalize(copy.text());
        }
        image(img, captionText, out);
    }

    /** As the query {@code .credit, [class*=credit], [class*=copyright]}: a photo credit inside a caption. */
    private static boolean isCredit(Element e) {
        if (!e.hasAttr("class")) {
            return false;
        }
        String names = asciiLowerCase(e.attr("class"));
        return names.contains("credit") || names.contains("copyright") || e.hasClass("credit");
    }

    private static String asciiLowerCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    private void image(Element img, String caption, List<Block> out) {
        String src = Images.source(img);
        String alt = Text.normalize(img.attr("alt"));
        if (src == null && alt.isEmpty() && (caption == null || caption.isEmpty())) {
            return;
        }
        if (Images.isDecoration(img)) {
            return;
        }
        out.add(new Block.Figure(src, alt.isEmpty() ? null : alt,
                caption == null || caption.isEmpty() ? null : caption));
    }

    private void table(Element table, List<Block> out) {
        List<Element> tableRows = Dom.byTag(table, "tr");
        if (!table.select(Queries.LAYOUT_PARTS).isEmpty()
                || tableRows.size() == 1 && Dom.byTag(table, "td").size() <= 2) {
            container(table, out); // a layout table, not data
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : tableRows) {
            List<String> cells = new ArrayList<>();
            for (Element cell : Dom.children(tr)) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(Text.normalize(cell.text()));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        Element firstRow = tableRows.isEmpty() ? null : tableRows.get(0);
        boolean header = Dom.firstByTag(table, "thead") != null
                || (firstRow != null && Dom.firstByTag(firstRow, "th") != null && Dom.firstByTag(firstRow, "td") == null);
        out.add(new Block.Table(rows, header));
    }

    /**
     * Queries parsed once, and only when first needed: parsing one costs much in a JVM that has
     * just started, and most pages have no tables to ask.
     */
    private static final class Queries {
        /** What only a table used for layout holds. */
        static final Evaluator LAYOUT_PARTS = Selector.evaluatorOf("table table, table p, table div p");

        private Queries() {
        }
    }

    private static boolean hasText(Element e) {
        return !Text.normalize(e.text()).isEmpty();
    }

    private static boolean hasBlockDescendant(Element e) {
        for (Element child : Dom.children(e)) {
            if (isBlockTag(child.normalName()) && !child.normalName().equals("img")) {
                return true;
            }
        }
        return false;
    }

    /** Collects inline content as spans, collapsing whitespace across element boundaries. */
    static final class Inline {
        private final List<Span> spans = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Set<Span.Mark> marks = Set.of();
        private String href;
        private boolean pendingSpace;
        private int depth;

        void children(Element e) {
            for (Node child : e.childNodes()) {
                node(child);
            }
        }

        void node(Node node) {
            if (node instanceof TextNode t) {
                text(t.getWholeText());
            } else if (node instanceof Element e) {
                element(e);
            }
        }

        boolean endsWithBreak() {
            return text.length() > 0 && text.charAt(text.length() - 1) == '\n';
        }

        private void element(Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                trimTrailingSpace();
                if (text.length() > 0 || !spans.isEmpty()) {
                    text.append('\n');
                }
                pendingSpace = false;
                return;
            }
            if (Hints.isHidden(e) || Hints.isCaption(e) || tag.equals("img")
                    || tag.equals("sup") && FOOTNOTE_MARK.matcher(e.text()).matches()) {
                return;
            }
            if (depth >= MAX_NESTING) {
                text(e.text()); // jsoup gathers the text without recursing; the marks are lost
                return;
            }
            Set<Span.Mark> savedMarks = marks;
            String savedHref = href;
            Set<Span.Mark> added = switch (tag) {
                case "em", "i", "cite", "dfn", "var" -> Set.of(Span.Mark.EMPHASIS);
                case "strong", "b" -> Set.of(Span.Mark.STRONG);
                case "code", "kbd", "samp", "tt" -> Set.of(Span.Mark.CODE);
                default -> Set.of();
            };
            String link = tag.equals("a") ? Links.absolute(e) : null;
            if (!added.isEmpty() || link != null) {
                switchStyle(union(marks, added), link != null ? link : href);
            }
            depth++;
            children(e);
            depth--;
            if (!added.isEmpty() || link != null) {
                switchStyle(savedMarks, savedHref);
            }
        }

        private void text(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Text.isInvisible(c)) {
                    continue;
                }
                if (Text.isSpace(c)) {
                    pendingSpace = true;
                } else {
                    if (pendingSpace && !atLineStart()) {
                        text.append(' ');
                    }
                    pendingSpace = false;
                    text.append(c);
                }
            }
        }

        private boolean atLineStart() {
            if (text.length() > 0) {
                return text.charAt(text.length() - 1) == '\n';
            }
            return spans.isEmpty();
        }

        private void trimTrailingSpace() {
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
        }

        private void switchStyle(Set<Span.Mark> newMarks, String newHref) {
            if (newMarks.equals(marks) && java.util.Objects.equals(newHref, href)) {
                return;
            }
            if (pendingSpace && !atLineStart()) {
                text.append(' '); // the space belongs outside the emphasis that starts next
                pendingSpace = false;
            }
            close();
            marks = newMarks;
            href = newHref;
        }

        private void close() {
            if (text.length() > 0) {
                spans.add(new Span(text.toString(), marks, href));
                text.setLength(0);
            }
        }

        List<Span> spans() {
            close();
            // Trim the ends of the paragraph.
            List<Span> out = new ArrayList<>(spans);
            while (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                String t = last.text().stripTrailing();
                if (t.isEmpty()) {
                    out.remove(out.size() - 1);
                } else {
                    out.set(out.size() - 1, new Span(t, last.marks(), last.href()));
                    break;
                }
            }
            while (!out.isEmpty()) {
                Span first = out.get(0);
                String t = first.text().stripLeading();
                if (t.isEmpty()) {
                    out.remove(0);
                } else {
                    out.set(0, new Span(t, first.marks(), first.href()));
                    break;
                }
            }
            return out;
        }

        private static Set<Span.Mark> union(Set<Span.Mark> a, Set<Span.Mark> b) {
            if (a.containsAll(b)) {
                return a;
            }
            java.util.EnumSet<Span.Mark> u = java.util.EnumSet.noneOf(Span.Mark.class);
            u.addAll(a);
            u.addAll(b);
            return Set.copyOf(u);
        }
    }
}
