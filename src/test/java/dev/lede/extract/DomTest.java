package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The hand-written walks give what jsoup's selectors give, root included, in document order. */
class DomTest {
    private static final Document PAGE = Jsoup.parse("<div id=r><p>one <a href=/x>x</a></p><div><p>two</p>"
            + "<a>no href</a><section><p>three <a href=/y><a href=/z>z</a></a></p></section></div>"
            + "<svg><a href=/s>s</a></svg><h2>t</h2></div>");

    @Test
    void walks_matchJsoupSelectors() {
        Element root = PAGE.getElementById("r");
        assertEquals(root.getAllElements(), Dom.all(root));
        assertEquals(root.select("p"), Dom.byTag(root, "p"));
        assertEquals(root.select("p, h2"), Dom.byTags(root, Set.of("p", "h2")));
        assertEquals(root.select("a[href]"), Dom.byTagWith(root, "a", "href"));
        assertEquals(root.selectFirst("a"), Dom.firstByTag(root, "a"));
        assertEquals(root.children(), Dom.children(root));
        assertEquals(root, Dom.firstByTag(root, "div"));
        assertNull(Dom.firstByTag(root, "table"));
    }

    @Test
    void hasMoreChildrenThan_countsElementsOnly() {
        Element root = PAGE.getElementById("r");
        assertTrue(Dom.hasMoreChildrenThan(root, 3));
        assertFalse(Dom.hasMoreChildrenThan(root, 4));
        assertFalse(Dom.hasMoreChildrenThan(Dom.firstByTag(root, "h2"), 0));
    }

    @Test
    void isInside_asParentsContains_documentExcluded() {
        Element z = PAGE.select("a[href=/z]").first();
        for (Element e : PAGE.getAllElements()) {
            assertEquals(z.parents().contains(e), Dom.isInside(z, e), e.cssSelector());
        }
    }

    /** {@link Hints#namedLike} answers "no" for an element without class or id without asking the pattern. */
    @Test
    void namePatterns_neverMatchALoneSpace() throws IllegalAccessException {
        int patterns = 0;
        for (Class<?> type : new Class<?>[] {Hints.class, Bylines.class, RelatedFinder.class}) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == Pattern.class && Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    assertFalse(((Pattern) field.get(null)).matcher(" ").find(), field.getName());
                    patterns++;
                }
            }
        }
        assertTrue(patterns > 10);
    }
}
