package dev.lede.reader;

import dev.lede.article.RelatedLink;
import java.util.List;

/**
 * The related list the reader is walking with ] and [: the list it came from and the
 * position of the article now open.
 */
public record RelatedWalk(List<RelatedLink> links, int index) {
    public RelatedWalk {
        links = List.copyOf(links);
    }
}
