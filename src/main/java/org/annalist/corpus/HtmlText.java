package org.annalist.corpus;

import java.util.Comparator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of a page: scripts, navigation, headers, footers and asides removed; the article
 * element (or the page body) rendered as paragraphs separated by blank lines.
 */
final class HtmlText {

    private final HtmlRules rules;

    HtmlText(HtmlRules rules) {
        this.rules = rules;
    }

    /** Removes page furniture from {@code doc} (a copy the caller owns) and returns its main text. */
    String extract(Document doc) {
        doc.select(rules.removeSelector).remove();
        Element root = mainElement(doc);
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new Renderer(out), root);
        return out.toString().strip();
    }

    private Element mainElement(Document doc) {
        for (String selector : rules.mainSelectors) {
            Elements found = doc.select(selector);
            if (!found.isEmpty()) {
                return found.stream().max(Comparator.comparingInt(e -> e.text().length())).orElseThrow();
            }
        }
        return doc.body() != null ? doc.body() : doc;
    }

    private final class Renderer implements NodeVisitor {
        private final StringBuilder out;

        Renderer(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                appendCollapsed(t.getWholeText());
            } else if (node instanceof Element e) {
                if (e.normalName().equals("br")) {
                    trimTrailingSpace();
                    if (out.length() < 2 || out.charAt(out.length() - 1) != '\n' || out.charAt(out.length() - 2) != '\n') {
                        out.append('\n');
                    }
                } else if (rules.blockTags.contains(e.normalName())) {
                    paragraphBreak();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && rules.blockTags.contains(e.normalName())) {
                paragraphBreak();
            }
        }

        /** Appends text with every run of white space as one space, none at a line start. */
        private void appendCollapsed(String s) {
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    space = true;
                    continue;
                }
                if (space && !atLineStart() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
            if (space && !atLineStart()) {
                out.append(' ');
            }
        }

        private void trimTrailingSpace() {
            while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }

        private void paragraphBreak() {
            trimTrailingSpace();
            int n = out.length();
            if (n == 0) {
                return;
            }
            if (out.charAt(n - 1) != '\n') {
                out.append("\n\n");
            } else if (n < 2 || out.charAt(n - 2) != '\n') {
                out.append('\n');
            }
        }

        private boolean atLineStart() {
            return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
        }
    }
}
