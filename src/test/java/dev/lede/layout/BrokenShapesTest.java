package dev.lede.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Block sequences found by the malformed-HTML generator that once broke layout. */
class BrokenShapesTest {
    @Test
    void layout_ruleRightAfterHeading_isSetNotCrashed() {
        Article article = new Article(null, "T", null, null, null, null, null,
                List.of(Articles.heading("Heading"), new Block.Rule(), Articles.paragraph("After the rule.")), List.of());
        List<String> lines = Layouter.layout(article, 40).lines().stream().map(line -> line.text().strip()).toList();
        assertEquals(List.of("Heading", "", "* * *", "", "After the rule."),
                lines.subList(lines.indexOf("Heading"), lines.size()));
    }
}
