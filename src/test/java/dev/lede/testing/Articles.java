package dev.lede.testing;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.RelatedLink;
import dev.lede.article.Span;
import java.util.ArrayList;
import java.util.List;

/** Articles built in code for tests that should not depend on extraction. */
public final class Articles {
    private Articles() {
    }

    /** A plain paragraph block. */
    public static Block.Paragraph paragraph(String text) {
        return new Block.Paragraph(List.of(Span.plain(text)));
    }

    /** A subhead. */
    public static Block.Heading heading(String text) {
        return new Block.Heading(2, List.of(Span.plain(text)));
    }

    /**
     * A long article: {@code paragraphs} numbered paragraphs of a few lines each ("Paragraph 7
     * says ..."), a subhead every fifth paragraph, and {@code related} related links.
     */
    public static Article numbered(int paragraphs, int related) {
        List<Block> body = new ArrayList<>();
        for (int i = 1; i <= paragraphs; i++) {
            if (i % 5 == 0) {
                body.add(heading("Section " + i));
            }
            body.add(paragraph("Paragraph " + i + " says what paragraph " + i
                    + " always says, at enough length to wrap onto a second line and often a third one"
                    + " when the measure is narrow, which is the point of it."));
        }
        List<RelatedLink> links = new ArrayList<>();
        for (int i = 1; i <= related; i++) {
            links.add(new RelatedLink("Related story number " + i, "http://127.0.0.1/related/" + i));
        }
        return new Article("http://127.0.0.1/story", "A headline for the test article", "Test Daily",
                "Jane Doe", "2026-02-08T07:45:00+00:00", "en", "A standfirst that sums the story up.", body, links);
    }
}
