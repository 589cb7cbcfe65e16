package org.annalist.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The web-page rules of {@code html.json}: which meta tags say what, what is page furniture. */
final class HtmlRules {

    private static final HtmlRules STANDARD = new HtmlRules(RuleResource.bind("html.json", File.class));

    /** A meta tag told by one attribute's value, e.g. {@code property="og:title"}. */
    record MetaRule(String attr, String value) {
        String describe() {
            return "<meta " + attr + "=\"" + value + "\">";
        }
    }

    final List<MetaRule> strongDateMeta;
    final List<MetaRule> weakDateMeta;
    final List<MetaRule> titleMeta;
    final List<MetaRule> urlMeta;
    final List<MetaRule> outletMeta;
    final List<String> mainSelectors;
    final String removeSelector;
    final Set<String> blockTags;

    static HtmlRules standard() {
        return STANDARD;
    }

    /** {@code html.json} as bound by {@link RuleResource}: every key present and spelt right. */
    record File(List<MetaRule> strongDateMeta, List<MetaRule> weakDateMeta, List<MetaRule> titleMeta,
                List<MetaRule> urlMeta, List<MetaRule> outletMeta, List<String> mainSelectors,
                List<String> removeSelectors, List<String> blockTags, List<Example> examples) {
    }

    /** A saved page and what must be read from it: its title, publication date (ISO) and the body text's start. */
    record Example(String html, String title, String published, String textStart) {
    }

    /** The file's example pages, for the test that checks them. */
    final List<Example> examples;

    private HtmlRules(File json) {
        strongDateMeta = List.copyOf(json.strongDateMeta());
        weakDateMeta = List.copyOf(json.weakDateMeta());
        titleMeta = List.copyOf(json.titleMeta());
        urlMeta = List.copyOf(json.urlMeta());
        outletMeta = List.copyOf(json.outletMeta());
        mainSelectors = List.copyOf(json.mainSelectors());
        List.of(mainSelectors, json.removeSelectors()).forEach(HtmlRules::checkSelectors);
        removeSelector = String.join(", ", json.removeSelectors());
        blockTags = Set.copyOf(json.blockTags());
        examples = json.examples();
    }

    /** A CSS selector that jsoup cannot parse fails at load, not on the first page. */
    private static void checkSelectors(List<String> selectors) {
        for (String s : selectors) {
            try {
                org.jsoup.select.QueryParser.parse(s);
            } catch (org.jsoup.select.Selector.SelectorParseException e) {
                throw new IllegalStateException("html.json: '" + s + "' is no CSS selector: " + e.getMessage(), e);
            }
        }
    }

    /** The non-blank content of the first meta tag matching {@code rule}, or null. */
    static String content(Document doc, MetaRule rule) {
        for (Element meta : doc.getElementsByTag("meta")) {
            if (meta.attr(rule.attr()).strip().toLowerCase(Locale.ROOT).equals(rule.value().toLowerCase(Locale.ROOT))
                    && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        return null;
    }
}
