package dev.lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Removes what is never article text: scripts, styles, forms, embedded objects, hidden elements. */
final class Cleaner {
    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "iframe", "button", "input", "select", "textarea",
            "object", "embed", "canvas", "link", "meta", "dialog", "audio", "video", "source", "track", "map");

    private Cleaner() {
    }

    static void clean(Element root) {
        // Lazy images live in <noscript>, <source> and data- attributes; bring them out before those go.
        Images.reveal(root);
        for (Element e : Dom.byTags(root, NEVER_TEXT)) {
            e.remove();
        }
        // Some sites wrap the whole page in one <form>: keep a form's prose, drop the rest.
        for (Element form : Dom.byTag(root, "form")) {
            if (form.parent() != null) {
                if (TextStats.proseChars(form) >= TextStats.PROSE_CHARS) {
                    form.unwrap();
                } else {
                    form.remove();
                }
            }
        }
        List<Element> hidden = new ArrayList<>();
        for (Element e : Dom.all(root)) {
            if (e != root && Hints.isHidden(e)) {
                hidden.add(e);
            }
        }
        for (Element e : hidden) {
            e.remove();
        }
    }
}
