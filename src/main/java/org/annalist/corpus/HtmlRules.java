package org.annalist.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The web-page rules of {@code html.json}: which meta tags say what, what is page furniture. */
final class HtmlRules {

    private static final HtmlRules STANDARD = new HtmlRules(RuleResource.load("html.json"));

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

    private HtmlRules(JsonNode json) {
        strongDateMeta = metaRules(json.path("strongDateMeta"));
        weakDateMeta = metaRules(json.path("weakDateMeta"));
        titleMeta = metaRules(json.path("titleMeta"));
        urlMeta = metaRules(json.path("urlMeta"));
        outletMeta = metaRules(json.path("outletMeta"));
        mainSelectors = RuleResource.strings(json.path("mainSelectors"));
        removeSelector = String.join(", ", RuleResource.strings(json.path("removeSelectors")));
        blockTags = Set.copyOf(RuleResource.strings(json.path("blockTags")));
    }

    private static List<MetaRule> metaRules(JsonNode list) {
        List<MetaRule> out = new ArrayList<>();
        list.forEach(n -> out.add(new MetaRule(n.path("attr").asText(), n.path("value").asText())));
        return out;
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
