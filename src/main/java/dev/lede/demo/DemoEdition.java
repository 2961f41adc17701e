package dev.lede.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The demo edition's articles, in edition order (the lead first), and the pages made from them. */
public final class DemoEdition {
    private static final String ROOT = "/dev/lede/demo/";

    private final List<DemoArticle> articles;
    private final String template;

    private DemoEdition(List<DemoArticle> articles, String template) {
        this.articles = List.copyOf(articles);
        this.template = template;
    }

    /** The edition from the jar's resources. */
    public static DemoEdition load() {
        List<DemoArticle> articles = new ArrayList<>();
        for (String slug : resource("articles/EDITION").split("\n")) {
            if (!slug.isBlank()) {
                articles.add(DemoArticle.parse(slug.strip(), resource("articles/" + slug.strip() + ".html")));
            }
        }
        return new DemoEdition(articles, resource("page.html"));
    }

    public List<DemoArticle> articles() {
        return articles;
    }

    public DemoArticle lead() {
        return articles.get(0);
    }

    public Optional<DemoArticle> byPath(String path) {
        return articles.stream().filter(a -> a.path().equals(path)).findFirst();
    }

    /**
     * The full page for {@code article} as the server sends it, links relative to {@code base}.
     * The template is filled in one pass: the demo's lead page is made while the user waits for
     * the first screen.
     */
    public String page(DemoArticle article, String base) {
        StringBuilder page = new StringBuilder(template.length() + article.bodyHtml().length() + 2048);
        int from = 0;
        for (int open = template.indexOf("{{"); open >= 0; open = template.indexOf("{{", from)) {
            int close = template.indexOf("}}", open);
            if (close < 0) {
                break;
            }
            page.append(template, from, open);
            String name = template.substring(open + 2, close);
            String value = value(name, article, base);
            if (value == null) {
                throw new IllegalStateException("the demo page template names an unknown field: " + name);
            }
            page.append(value);
            from = close + 2;
        }
        return page.append(template, from, template.length()).toString();
    }

    private String value(String name, DemoArticle article, String base) {
        return switch (name) {
            case "body" -> article.bodyHtml();
            case "related" -> relatedItems(article);
            case "json-title" -> Html.json(article.title());
            case "json-standfirst" -> Html.json(article.standfirst());
            case "json-authors" -> authors(article.byline());
            case "title" -> Html.escape(article.title());
            case "standfirst" -> Html.escape(article.standfirst());
            case "byline" -> Html.escape(article.byline());
            case "published" -> article.published();
            case "human-date" -> EnglishDates.dayMonthYearTime(article.published());
            case "edition-date" -> EnglishDates.weekdayShortMonth(lead().published());
            case "section-slug" -> article.section().toLowerCase(Locale.ROOT);
            case "section" -> Html.escape(article.section());
            case "slug" -> article.slug();
            case "url" -> Html.escape(base + article.path());
            case "base" -> base;
            default -> null;
        };
    }

    /** The other articles, the next ones in edition order first, as the site's related list. */
    private String relatedItems(DemoArticle article) {
        StringBuilder items = new StringBuilder();
        int self = articles.indexOf(article);
        for (int i = 1; i < articles.size(); i++) {
            DemoArticle other = articles.get((self + i) % articles.size());
            items.append("      <li><a href=\"").append(other.path()).append("\">")
                    .append(Html.escape(other.title())).append("</a></li>\n");
        }
        return items.toString();
    }

    /** The related list {@code article}'s page shows, in page order. */
    public List<DemoArticle> relatedTo(DemoArticle article) {
        List<DemoArticle> related = new ArrayList<>();
        int self = articles.indexOf(article);
        for (int i = 1; i < articles.size(); i++) {
            related.add(articles.get((self + i) % articles.size()));
        }
        return related;
    }

    /** A front page listing the edition. */
    public String frontPage() {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<title>The Lede Gazette</title></head><body><h1>The Lede Gazette</h1><ul>\n");
        for (DemoArticle article : articles) {
            page.append("<li><a href=\"").append(article.path()).append("\">").append(Html.escape(article.title()))
                    .append("</a></li>\n");
        }
        return page.append("</ul></body></html>\n").toString();
    }

    /** The path of the edition's feed, which every page advertises. */
    public static final String FEED_PATH = "/feed.xml";

    /** The edition's feed: RSS 2.0, one item per article in edition order, links under {@code base}. */
    public String feed(String base) {
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<rss version=\"2.0\"><channel>\n<title>The Lede Gazette</title>\n<link>" + Html.escape(base)
                + "/</link>\n<description>The demo edition of lede</description>\n<language>en-gb</language>\n");
        for (DemoArticle article : articles) {
            String url = Html.escape(base + article.path());
            feed.append("<item><title>").append(Html.escape(article.title())).append("</title><link>").append(url)
                    .append("</link><guid>").append(url).append("</guid><pubDate>")
                    .append(EnglishDates.rfc822(article.published())).append("</pubDate><category>")
                    .append(Html.escape(article.section())).append("</category><description>")
                    .append(Html.escape(article.standfirst())).append("</description></item>\n");
        }
        return feed.append("</channel></rss>\n").toString();
    }

    private static String authors(String byline) {
        List<String> names = new ArrayList<>();
        for (String name : byline.split(",| and ")) {
            if (!name.isBlank()) {
                names.add("{\"@type\":\"Person\",\"name\":" + Html.json(name.strip()) + "}");
            }
        }
        return String.join(",", names);
    }

    private static String resource(String name) {
        try (InputStream in = DemoEdition.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
