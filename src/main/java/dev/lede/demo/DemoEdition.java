package dev.lede.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The demo edition's articles, in edition order (the lead first), and the pages made from them. */
public final class DemoEdition {
    private static final String ROOT = "/dev/lede/demo/";
    private static final DateTimeFormatter HUMAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter EDITION_DATE = DateTimeFormatter.ofPattern("EEEE, MMM dd, yyyy", Locale.ENGLISH);

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

    /** The full page for {@code article} as the server sends it, links relative to {@code base}. */
    public String page(DemoArticle article, String base) {
        String url = base + article.path();
        String date = OffsetDateTime.parse(article.published()).format(HUMAN_DATE);
        String editionDate = OffsetDateTime.parse(lead().published()).format(EDITION_DATE);
        return template
                .replace("{{body}}", article.bodyHtml())
                .replace("{{related}}", relatedItems(article))
                .replace("{{json-title}}", Html.json(article.title()))
                .replace("{{json-standfirst}}", Html.json(article.standfirst()))
                .replace("{{json-authors}}", authors(article.byline()))
                .replace("{{title}}", Html.escape(article.title()))
                .replace("{{standfirst}}", Html.escape(article.standfirst()))
                .replace("{{byline}}", Html.escape(article.byline()))
                .replace("{{published}}", article.published())
                .replace("{{human-date}}", date)
                .replace("{{edition-date}}", editionDate)
                .replace("{{section-slug}}", article.section().toLowerCase(Locale.ROOT))
                .replace("{{section}}", Html.escape(article.section()))
                .replace("{{slug}}", article.slug())
                .replace("{{url}}", Html.escape(url))
                .replace("{{base}}", base);
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
