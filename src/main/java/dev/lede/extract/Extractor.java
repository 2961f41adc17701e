package dev.lede.extract;

import dev.lede.article.Article;
import dev.lede.article.Block;
import dev.lede.article.RelatedLink;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an {@link Article} out of a page's HTML; a front page, section page or link list comes
 * out as the list of its headlines ({@link Article.Kind#LIST}) with the article reading kept
 * beside it, and an article that also holds such a list keeps the list as its other reading. A pure function of its input: no network,
 * no files, no shared state, so it is safe from any thread.
 */
public final class Extractor {
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private Extractor() {
    }

    /**
     * Extracts the article from {@code html}.
     *
     * @param html    the page's markup
     * @param baseUri the page's final URL (or a file URI); relative links resolve against it,
     *                or against the page's {@code <base href>}
     * @return the article; its {@code url} is {@code null} (the caller knows the final URL)
     */
    public static Article extract(String html, String baseUri) {
        return extract(html, baseUri, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * Extracts the article from {@code html} as read on {@code today}: a date after it is not the
     * page's publication date.
     */
    public static Article extract(String html, String baseUri, LocalDate today) {
        // A byte-order mark decoded as text would push the head's elements into the body.
        Document doc = Jsoup.parse(html.startsWith(BYTE_ORDER_MARK) ? html.substring(1) : html, baseUri);
        Metadata meta = MetadataReader.read(doc, today);
        String pageUrl = Links.isWeb(baseUri) ? baseUri : meta.canonicalUrl();
        if (pageUrl == null && Links.isWeb(doc.baseUri())) {
            pageUrl = doc.baseUri(); // a saved page's <base href> says where it came from
        }
        if (!Links.isWeb(baseUri) && pageUrl != null && Links.isWeb(pageUrl) && doc.baseUri().equals(baseUri)) {
            // A saved page read from a file: its links mean what they meant at its own address.
            doc.setBaseUri(pageUrl);
        }
        List<RelatedLink> related = RelatedFinder.find(doc, pageUrl);
        ListPages.Reading listing = ListPages.read(doc, pageUrl); // before cleaning removes its cards

        Element body = doc.body();
        String standfirst = Standfirsts.find(body, meta.description());
        Cleaner.clean(body);
        List<Block> blocks = BlockBuilder.build(ContentFinder.find(body), meta.title());
        blocks = BodyEdges.trim(dropRepeatedMetadata(PullQuotes.markRepeats(blocks), meta, standfirst));

        String title = meta.title() != null ? meta.title() : "";
        Article article = new Article(null, title, meta.site(), meta.byline(), meta.published(), meta.lang(),
                standfirst, blocks, related, FeedLinks.find(doc), false);
        return ListPages.offer(article, listing, pageUrl);
    }

    /**
     * Extracts a plain-text page: the first line is the title when it is short, the rest is
     * kept as preformatted text.
     */
    public static Article extractPlainText(String text) {
        String body = text.replace("\r\n", "\n");
        return new Article(null, "", null, null, null, null, null,
                List.of(new Block.Preformatted(body.strip())), List.of());
    }

    /** Leading paragraphs that repeat the standfirst or byline belong to the header, not the body. */
    private static List<Block> dropRepeatedMetadata(List<Block> blocks, Metadata meta, String standfirst) {
        List<Block> out = new ArrayList<>(blocks);
        String standfirstKey = standfirst == null ? null : Text.key(standfirst);
        while (!out.isEmpty() && out.get(0) instanceof Block.Paragraph p) {
            String key = Text.key(Block.textOf(p.spans()));
            boolean repeatsStandfirst = standfirstKey != null && !key.isEmpty() && key.equals(standfirstKey);
            boolean isByline = meta.byline() != null && key.length() < Text.key(meta.byline()).length() + 12
                    && key.contains(Text.key(meta.byline()));
            if (!repeatsStandfirst && !isByline) {
                break;
            }
            out.remove(0);
        }
        return out;
    }
}
