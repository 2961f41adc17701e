package dev.lede.testing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of broken HTML: unclosed and misnested tags, stray end tags, unterminated
 * attributes, comments and scripts, broken character references, NUL bytes, controls and lone
 * surrogates, and pages whose bytes mix encodings. The same seed always gives the same page,
 * so a failure names the seed that reproduces it.
 */
public final class MalformedHtml {
    private static final List<String> TAGS = List.of("p", "div", "span", "b", "i", "em", "strong", "a", "ul", "ol",
            "li", "blockquote", "table", "tr", "td", "th", "pre", "code", "h1", "h2", "h3", "figure", "figcaption",
            "img", "br", "hr", "section", "article", "aside", "nav", "footer", "header", "main", "select", "option",
            "svg", "math", "template", "noscript", "iframe", "textarea", "title", "body", "html", "head", "frameset");
    private static final List<String> ATTRIBUTES = List.of("class", "id", "href", "src", "alt", "title", "style",
            "hidden", "aria-label", "start", "colspan", "datetime", "content", "property", "name", "lang");
    private static final List<String> REFERENCES = List.of("&amp", "&#x;", "&#;", "&#99999999999;", "&#x110000;",
            "&#xD800;", "&#0;", "&#27;", "&#x9b;", "&bogus;", "&lt", "&#x202e;", "&nbsp", "&AMP;", "&#128512;", "&");
    private static final List<String> WORDS = List.of("the", "article", "reader", "terminal", "Zürich", "東京",
            "עברית", "😀", "e\u0301", "\u0000", "\u001b[2J", "\u009b", "\ud800", "\udfff", "\u202e", "\t", "\r",
            "comma,", "sentence.", "https://x.example/a?b=c&d", "word-with-hyphens");

    private final Random random;

    /** @param seed the page's seed: the same seed makes the same page */
    public MalformedHtml(long seed) {
        this.random = new Random(seed);
    }

    /** A broken page of roughly {@code size} characters. */
    public String page(int size) {
        StringBuilder out = new StringBuilder(size + 64);
        if (random.nextBoolean()) {
            out.append("<!DOCTYPE html><html><head><title>");
            words(out, 1 + random.nextInt(8));
            out.append(random.nextBoolean() ? "</title>" : "").append("<meta property=\"og:title\" content=\"");
            words(out, 3);
            out.append(random.nextBoolean() ? "\">" : "").append("</head><body>");
        }
        while (out.length() < size) {
            piece(out);
        }
        return out.toString();
    }

    private void piece(StringBuilder out) {
        switch (random.nextInt(12)) {
            case 0, 1, 2 -> words(out, 1 + random.nextInt(30));
            case 3, 4 -> openTag(out);
            case 5 -> out.append("</").append(pick(TAGS)).append('>');
            case 6 -> out.append(pick(REFERENCES));
            case 7 -> { // misnested
                String a = pick(TAGS);
                String b = pick(TAGS);
                out.append('<').append(a).append("><").append(b).append('>');
                words(out, 3);
                out.append("</").append(a).append("></").append(b).append('>');
            }
            case 8 -> out.append(pick(List.of("<!--", "-->", "<![CDATA[", "]]>", "<script>", "</script>", "<style>",
                    "<", ">", "</", "<p <div>", "<a href=\"", "\"", "'", "<!DOCTYPE", "<?xml ?>", "<plaintext>")));
            case 9 -> out.append((char) random.nextInt(0x20)); // a raw control
            case 10 -> out.appendCodePoint(randomCodePoint());
            default -> {
                out.append("<a href=\"").append(pick(List.of("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd",
                        "/relative", "https://x.example/y", "http://[bad", "\u001b]0;t\u0007", "mailto:x@y"))).append("\">");
                words(out, 2);
                out.append("</a>");
            }
        }
    }

    private void openTag(StringBuilder out) {
        out.append('<').append(pick(TAGS));
        int attributes = random.nextInt(4);
        for (int i = 0; i < attributes; i++) {
            out.append(' ').append(pick(ATTRIBUTES));
            switch (random.nextInt(4)) {
                case 0 -> out.append("=\"").append(pick(WORDS)).append('"');
                case 1 -> out.append("='").append(pick(WORDS)); // unterminated
                case 2 -> out.append('=').append(pick(REFERENCES));
                default -> { }
            }
        }
        out.append(random.nextInt(10) == 0 ? "/>" : ">");
    }

    private void words(StringBuilder out, int count) {
        for (int i = 0; i < count; i++) {
            out.append(pick(WORDS)).append(random.nextInt(5) == 0 ? "\n" : " ");
        }
    }

    private int randomCodePoint() {
        int cp = random.nextInt(0x30000);
        return Character.isValidCodePoint(cp) ? cp : '?';
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /**
     * The page's bytes with its pieces in different encodings: UTF-8, windows-1252, Shift_JIS
     * and UTF-16, as a page pasted together from several sources would be.
     */
    public byte[] mixedEncodings(int size) {
        List<Charset> charsets = List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"),
                Charset.forName("Shift_JIS"), StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size * 2);
        while (out.size() < size) {
            StringBuilder piece = new StringBuilder();
            piece(piece);
            out.writeBytes(piece.toString().getBytes(pick(charsets)));
        }
        return out.toByteArray();
    }
}
