package dev.lede.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Walks of the DOM as plain loops, in document order, with the root included as jsoup's own
 * {@code select} and {@code getAllElements} include it.
 *
 * <p>Why not jsoup's: its selectors parse their CSS text on every call, and its
 * {@code getAllElements}, {@code children} and {@code select} gather through streams. Warm, that
 * costs little; but lede reads most pages in a JVM that has just started, where the query
 * parser and the stream pipelines run in the interpreter and cost more than the walk itself.
 */
final class Dom {
    private Dom() {
    }

    /** {@code root} and every element under it (as {@code root.getAllElements()}). */
    static List<Element> all(Element root) {
        List<Element> out = new ArrayList<>();
        ArrayDeque<Element> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Element e = pending.pop();
            out.add(e);
            pushChildren(e, pending);
        }
        return out;
    }

    /** The elements named {@code tag}, {@code root} included (as {@code root.select(tag)}). */
    static List<Element> byTag(Element root, String tag) {
        List<Element> out = new ArrayList<>();
        ArrayDeque<Element> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Element e = pending.pop();
            if (e.normalName().equals(tag)) {
                out.add(e);
            }
            pushChildren(e, pending);
        }
        return out;
    }

    /** The elements named by one of {@code tags}, {@code root} included (as {@code root.select("a, b")}). */
    static List<Element> byTags(Element root, Set<String> tags) {
        List<Element> out = new ArrayList<>();
        ArrayDeque<Element> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Element e = pending.pop();
            if (tags.contains(e.normalName())) {
                out.add(e);
            }
            pushChildren(e, pending);
        }
        return out;
    }

    /** The first element named {@code tag}, {@code root} included, or {@code null} (as {@code selectFirst(tag)}). */
    static Element firstByTag(Element root, String tag) {
        ArrayDeque<Element> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Element e = pending.pop();
            if (e.normalName().equals(tag)) {
                return e;
            }
            pushChildren(e, pending);
        }
        return null;
    }

    /** The elements named {@code tag} that have attribute {@code attribute} (as {@code select("tag[attribute]")}). */
    static List<Element> byTagWith(Element root, String tag, String attribute) {
        List<Element> out = new ArrayList<>();
        for (Element e : byTag(root, tag)) {
            if (e.hasAttr(attribute)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The element children of {@code e}, in order (as {@code e.children()}). */
    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element child) {
                out.add(child);
            }
        }
        return out;
    }

    /** Whether {@code e} has more than {@code limit} element children, counted only that far. */
    static boolean hasMoreChildrenThan(Element e, int limit) {
        int count = 0;
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element && ++count > limit) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code ancestor} is a parent, grandparent … of {@code e} (as {@code e.parents().contains(ancestor)}). */
    static boolean isInside(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return !p.nameIs("#root");
            }
        }
        return false;
    }

    private static void pushChildren(Element e, ArrayDeque<Element> pending) {
        for (int i = e.childNodeSize() - 1; i >= 0; i--) {
            Node child = e.childNode(i);
            if (child instanceof Element c) {
                pending.push(c);
            }
        }
    }
}
