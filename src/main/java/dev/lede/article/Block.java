package dev.lede.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One block of an article body. The set of kinds is closed: layout and every output format
 * handle each of them.
 */
public sealed interface Block {

    /** A subhead inside the body; {@code level} 2–6 as in HTML. */
    record Heading(int level, List<Span> spans) implements Block {
        public Heading {
            spans = List.copyOf(spans);
        }
    }

    /** A paragraph of running text. */
    record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /**
     * A pull-quote: a short passage set apart for display, usually repeating the body.
     * It is not running text, so it is not part of {@link Article#text()}.
     */
    record PullQuote(String text, String attribution) implements Block {
        public PullQuote {
            text = TerminalText.line(Objects.requireNonNull(text, "text"));
            attribution = TerminalText.line(attribution);
        }
    }

    /** A block quotation, holding blocks of its own. */
    record Quote(List<Block> blocks) implements Block {
        public Quote {
            blocks = List.copyOf(blocks);
        }
    }

    /** A bulleted or numbered list; each item is a list of blocks, so lists can nest. */
    record ItemList(boolean ordered, int start, List<List<Block>> items) implements Block {
        public ItemList {
            List<List<Block>> copies = new ArrayList<>(items.size());
            for (List<Block> item : items) {
                copies.add(List.copyOf(item));
            }
            items = Collections.unmodifiableList(copies); // a loop, not a stream: cheaper on a cold JVM
        }
    }

    /** An image with its alternative text and caption; any of the three may be {@code null}. */
    record Figure(String src, String alt, String caption) implements Block {
        public Figure {
            src = TerminalText.url(src);
            alt = TerminalText.line(alt);
            caption = TerminalText.line(caption);
        }
    }

    /** Preformatted text (code, poetry set by the page), kept with its line breaks. */
    record Preformatted(String text) implements Block {
        public Preformatted {
            text = TerminalText.clean(Objects.requireNonNull(text, "text"));
        }
    }

    /** A table as rows of cell texts; {@code header} says the first row is a header. */
    record Table(List<List<String>> rows, boolean header) implements Block {
        public Table {
            List<List<String>> copies = new ArrayList<>(rows.size());
            for (List<String> row : rows) {
                List<String> cells = new ArrayList<>(row.size());
                for (String cell : row) {
                    cells.add(TerminalText.line(cell));
                }
                copies.add(Collections.unmodifiableList(cells));
            }
            rows = Collections.unmodifiableList(copies); // a loop, not a stream: cheaper on a cold JVM
        }
    }

    /** A thematic break. */
    record Rule() implements Block {
    }

    /** The text of a span list, concatenated. */
    static String textOf(List<Span> spans) {
        StringBuilder text = new StringBuilder();
        for (Span span : spans) {
            text.append(span.text());
        }
        return text.toString();
    }
}
