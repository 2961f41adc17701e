package dev.lede.app;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.Span;
import dev.lede.reader.InfoPage;
import java.util.ArrayList;
import java.util.List;

/** The info screen's content: the cache figures as a short article. */
final class InfoArticle {
    private InfoArticle() {
    }

    static Article of(CacheFigures figures) {
        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(2, List.of(Span.plain("Caches"))));
        for (String line : figures.lines()) {
            body.add(new Block.Paragraph(List.of(Span.plain(line))));
        }
        return new Article(InfoPage.TARGET, "Cache and network figures", "lede", null, null, "en",
                "What this run has answered from memory and from disk, and what it fetched.", body, List.of());
    }
}
