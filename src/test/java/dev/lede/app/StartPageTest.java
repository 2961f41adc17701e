package dev.lede.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.article.Article;
import dev.lede.article.RelatedLink;
import dev.lede.layout.Layout;
import dev.lede.layout.Layouter;
import dev.lede.state.Remembered;
import dev.lede.state.Saved;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StartPageTest {
    @Test
    void recentArticles_comeAboveTheDemoEdition_andAreAllInTheRelatedList() {
        List<Remembered> recent = List.of(new Remembered("http://a.example/1", "Read yesterday", 3, 0, 2),
                new Remembered("/tmp/x.html", "", 0, 0, 1));
        List<RelatedLink> demo = List.of(new RelatedLink("Demo lead", "http://127.0.0.1:1/lead"));
        Article page = StartPage.article(recent, demo);
        assertEquals(List.of("http://a.example/1", "/tmp/x.html", "http://127.0.0.1:1/lead"),
                page.related().stream().map(RelatedLink::url).toList());
        Layout layout = Layouter.layout(page, 72);
        String text = layout.lines().stream().map(line -> line.text()).collect(Collectors.joining("\n"));
        assertTrue(text.indexOf("Read yesterday") < text.indexOf("Demo lead"), text);
        assertTrue(text.contains("/tmp/x.html"), "an untitled article shows its address");
        assertTrue(text.contains("Recently read") && text.contains("The demo edition"), text);
    }

    @Test
    void readingList_comesFirst_thenRecentArticlesNotOnIt_thenTheDemoEdition() {
        List<Saved> saved = List.of(new Saved("http://a.example/saved", "http://a.example/saved", "Saved story", 9));
        List<Remembered> recent = List.of(new Remembered("http://a.example/saved", "Saved story", 0, 0, 3),
                new Remembered("http://a.example/read", "Read story", 0, 0, 2));
        List<RelatedLink> demo = List.of(new RelatedLink("Demo lead", "http://127.0.0.1:1/lead"));
        Article page = StartPage.article(saved, recent, demo);
        assertEquals(List.of("http://a.example/saved", "http://a.example/read", "http://127.0.0.1:1/lead"),
                page.related().stream().map(RelatedLink::url).toList(), "a saved article is listed once");
        String text = Layouter.layout(page, 72).lines().stream().map(line -> line.text())
                .collect(Collectors.joining("\n"));
        assertTrue(text.indexOf("Reading list") < text.indexOf("Saved story")
                && text.indexOf("Saved story") < text.indexOf("Recently read")
                && text.indexOf("Recently read") < text.indexOf("The demo edition"), text);
    }

    @Test
    void aListToChooseFrom_showsNoReadingTime() {
        Article page = StartPage.article(List.of(), List.of(new RelatedLink("Demo lead", "http://127.0.0.1:1/lead")));
        String text = Layouter.layout(page, 72).lines().stream().map(line -> line.text())
                .collect(Collectors.joining("\n"));
        assertTrue(text.contains("Demo lead"), text);
        assertTrue(!text.contains("min read"), text);
    }

    @Test
    void nothingRead_andNoDemo_stillSaysSomething() {
        Article page = StartPage.article(List.of(), List.of());
        assertTrue(page.text().contains("Nothing read yet."), page.text());
    }
}
