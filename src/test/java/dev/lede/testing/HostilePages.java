package dev.lede.testing;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.RelatedLink;
import dev.lede.article.Span;
import dev.lede.article.TerminalText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Pages crafted to take over a terminal: OSC (window title, OSC 8 hyperlink, OSC 52 clipboard),
 * CSI (clear screen, cursor moves, colours, leaving the alternate screen), 8-bit C1 controls and
 * bidi overrides, put raw and as character references into every field a reader shows.
 * Each trick carries a marker word, so a test can see the words arrived but the controls did not.
 */
public final class HostilePages {
    public static final String ESC = "\u001b";
    public static final String BEL = "\u0007";
    public static final String ST = ESC + "\\";

    /** Sets the window title. */
    public static final String OSC_TITLE = ESC + "]0;PWNEDTITLE" + BEL + ESC + "]2;PWNEDTWO" + ST;
    /** An OSC 8 hyperlink whose text hides its target. */
    public static final String OSC_HYPERLINK = ESC + "]8;;https://evil.example/" + ST + "PWNEDLINK" + ESC + "]8;;" + ST;
    /** Writes "rm -rf ~" to the clipboard. */
    public static final String OSC_CLIPBOARD = ESC + "]52;c;cm0gLXJmIH4=" + BEL;
    /** Clears the screen, homes and moves the cursor, turns text red, leaves the alternate screen, hides the cursor. */
    public static final String CSI = ESC + "[2J" + ESC + "[H" + ESC + "[10A" + ESC + "[31;1mPWNEDRED" + ESC + "[0m"
            + ESC + "[?1049l" + ESC + "[?25l";
    /** The same as 8-bit C1 controls: CSI, OSC, ST, and a NEL and a DCS. */
    public static final String C1 = "\u009b2J\u009d0;PWNEDCONE\u009c\u0085\u0090qPWNEDDCS\u009c";
    /** Text that would display reversed or reordered. */
    public static final String BIDI = "\u202eDEWNWP\u202c \u2066PWNEDISO\u2069 \u202aa\u202bb\u202dc\u2067d\u2068e";
    /** Other C0 controls: backspace over text, carriage return, form feed, vertical tab, NUL, DEL, bell. */
    public static final String C0 = "PWNEDBS\b\b\b\r\f\u000b\u0000\u007f" + BEL;

    /** Every trick, raw. */
    public static final String ALL = OSC_TITLE + OSC_HYPERLINK + OSC_CLIPBOARD + CSI + C1 + BIDI + C0;
    /** The same tricks as HTML character references, which a parser turns back into controls. */
    public static final String AS_REFERENCES = "&#27;]0;PWNEDREF&#7;&#x1b;[2J&#x9b;31m&#x202e;PWNEDRLO&#x2069;&#155;&#0;";

    /** Marker words that must still be readable after cleaning. */
    public static final List<String> MARKERS = List.of("PWNEDTITLE", "PWNEDLINK", "PWNEDRED", "PWNEDCONE", "PWNEDISO");

    private HostilePages() {
    }

    /**
     * A news page with the tricks in its title, site name, author, description, headline,
     * paragraphs, link targets, image alt text and caption, preformatted text, table, quote and
     * related list.
     *
     * @param base the site's origin, e.g. {@code http://127.0.0.1:1234}
     */
    public static String article(String base) {
        String t = ALL;
        String body = """
                <p>First paragraph %1$s with a <a href="%2$s/story%3$s">link %1$s</a> and <em>emphasis %4$s</em>.</p>
                <p>Second paragraph of ordinary words, long enough to be counted as running text by any
                reasonable extractor, mentioning %4$s references and the weather in passing.</p>
                <h2>Heading %1$s</h2>
                <p>Third paragraph with a javascript link: <a href="javascript:alert(1)%3$s">run %1$s</a> and more text.</p>
                <figure><img src="/img/a.jpg%3$s" alt="alt %1$s"><figcaption>Caption %1$s</figcaption></figure>
                <blockquote><p>Quoted %1$s words from someone who said a great many things.</p></blockquote>
                <pre>code %1$s\tafter a tab
                second line %1$s</pre>
                <table><tr><th>Name %1$s</th><th>Value</th></tr><tr><td>cell %1$s</td><td>2</td></tr><tr><td>x</td><td>3</td></tr></table>
                <ul><li>Item %1$s one</li><li>Item two %4$s</li></ul>
                <p>Last paragraph, again with plenty of ordinary words so the body is clearly the article here.</p>
                """.formatted(t, base, ESC + "]52;c;cHduZWQ=" + BEL, AS_REFERENCES);
        StringBuilder related = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            // The first target is itself hostile; an extractor may keep it (cleaned) or drop it.
            related.append("<li><a href=\"").append(base).append("/related-").append(i).append(i == 1 ? ESC + "[2J" : "")
                    .append("\">")
                    .append("Related story number ").append(i).append(' ').append(t).append("</a></li>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en%1$s">
                <head>
                <meta charset="utf-8">
                <title>Title %1$s</title>
                <meta property="og:title" content="Headline %1$s">
                <meta property="og:site_name" content="Site %1$s">
                <meta name="author" content="Author %1$s">
                <meta name="description" content="Standfirst %1$s that says what the story is about.">
                <meta property="article:published_time" content="2026-01-02T03:04:05Z%1$s">
                </head>
                <body>
                <main><article>
                <h1>Headline %1$s</h1>
                %2$s
                </article></main>
                <aside class="related"><h2>Related stories</h2><ul>
                %3$s</ul></aside>
                </body></html>
                """.formatted(t, body, related);
    }

    /**
     * The code points of {@code text} that must never reach a terminal, with their positions;
     * empty when the text is safe. Line feeds are allowed (they end lines in a dump).
     */
    public static List<String> unsafeIn(String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp != '\n' && TerminalText.isUnsafe(cp)) {
                found.add(String.format("U+%04X at %d", cp, i));
            }
            i += Character.charCount(cp);
        }
        return found;
    }

    /** Every string an article holds (metadata, block texts, link targets, related links), nulls left out. */
    public static List<String> strings(Article article) {
        List<String> out = new ArrayList<>();
        add(out, article.url(), article.title(), article.site(), article.byline(), article.published(),
                article.lang(), article.standfirst());
        for (RelatedLink link : article.related()) {
            add(out, link.title(), link.url());
        }
        Deque<Block> todo = new ArrayDeque<>(article.body());
        while (!todo.isEmpty()) {
            Block block = todo.pop();
            if (block instanceof Block.Paragraph p) {
                spans(out, p.spans());
            } else if (block instanceof Block.Heading h) {
                spans(out, h.spans());
            } else if (block instanceof Block.PullQuote q) {
                add(out, q.text(), q.attribution());
            } else if (block instanceof Block.Quote q) {
                todo.addAll(q.blocks());
            } else if (block instanceof Block.ItemList list) {
                list.items().forEach(todo::addAll);
            } else if (block instanceof Block.Figure f) {
                add(out, f.src(), f.alt(), f.caption());
            } else if (block instanceof Block.Preformatted pre) {
                add(out, pre.text());
            } else if (block instanceof Block.Table table) {
                table.rows().forEach(row -> row.forEach(cell -> add(out, cell)));
            }
        }
        return out;
    }

    private static void spans(List<String> out, List<Span> spans) {
        for (Span span : spans) {
            add(out, span.text(), span.href());
        }
    }

    private static void add(List<String> out, String... values) {
        for (String value : values) {
            if (value != null) {
                out.add(value);
            }
        }
    }
}
