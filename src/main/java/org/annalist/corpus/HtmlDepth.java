package org.annalist.corpus;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Caps how deeply a page's elements nest before any selector runs: selectors that look at
 * ancestors ({@code article time[datetime]}) cost depth times elements, so 100,000 nested
 * {@code <div>}s took minutes. Below the cap an element's content is kept as its plain text, so no
 * words are lost. Real pages nest a few dozen levels.
 */
final class HtmlDepth {

    static final int MAX = 256;
    /** Nesting in the source beyond this is cut before parsing: the parser itself slows down past it. */
    static final int SOURCE_MAX = 2_000;
    private static final java.util.regex.Pattern TAG =
            java.util.regex.Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>");
    /** Void elements and those whose end tag may be left out do not nest reliably, so they are not counted. */
    private static final java.util.Set<String> UNCOUNTED = java.util.Set.of("area", "base", "br", "col", "embed",
            "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li", "td", "th", "tr", "dt", "dd",
            "option", "html", "head", "body", "tbody", "thead");

    /**
     * The page source with the tags nested deeper than {@link #SOURCE_MAX} removed (their text
     * kept), or {@code null} when it nests less: one linear pass, so a crafted page of 100,000
     * nested elements parses as fast as a normal one.
     */
    static String flattenSource(String html) {
        java.util.regex.Matcher m = TAG.matcher(html);
        int depth = 0;
        boolean deep = false;
        while (m.find()) {
            String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
            if (UNCOUNTED.contains(name) || !m.group(3).isEmpty()) {
                continue;
            }
            depth += m.group(1).isEmpty() ? 1 : -1;
            if (depth > SOURCE_MAX) {
                deep = true;
                break;
            }
        }
        if (!deep) {
            return null;
        }
        StringBuilder out = new StringBuilder(html.length());
        m.reset();
        depth = 0;
        int last = 0;
        while (m.find()) {
            String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
            if (UNCOUNTED.contains(name) || !m.group(3).isEmpty()) {
                continue;
            }
            boolean close = !m.group(1).isEmpty();
            int level = close ? depth : depth + 1;
            depth = Math.max(0, close ? depth - 1 : depth + 1);
            if (level > SOURCE_MAX) {
                out.append(html, last, m.start()).append(' ');
                last = m.end();
            }
        }
        return out.append(html, last, html.length()).toString();
    }

    private HtmlDepth() {
    }

    /** Flattens everything below {@link #MAX}; the deepest level found, or 0 when nothing was flattened. */
    static int cap(Element root) {
        List<Element> tooDeep = new ArrayList<>();
        int[] deepest = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                deepest[0] = Math.max(deepest[0], depth);
                if (depth == MAX && node instanceof Element e && e.childrenSize() > 0) {
                    tooDeep.add(e);
                }
            }
        }, root);
        for (Element e : tooDeep) {
            String text = e.text();
            e.empty();
            e.appendText(text);
        }
        return tooDeep.isEmpty() ? 0 : deepest[0];
    }
}
