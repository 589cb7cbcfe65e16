package org.annalist.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, URL, outlet and publication date from a page's meta tags, JSON-LD and {@code <time>} elements. */
final class HtmlMetadata {

    /** A page's own structured data is read leniently (trailing ";" and repeated keys are common there). */
    private static final com.fasterxml.jackson.databind.ObjectMapper LENIENT_JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final HtmlRules rules;
    private final DateFinder dates;

    HtmlMetadata(HtmlRules rules, DateFinder dates) {
        this.rules = rules;
        this.dates = dates;
    }

    ArticleMeta read(Document doc) {
        List<JsonNode> ld = jsonLd(doc);
        String title = firstMeta(doc, rules.titleMeta);
        if (title == null) {
            title = ldText(ld, "headline");
        }
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 != null && !h1.text().isBlank() ? h1.text() : doc.title();
        }
        String url = webUrl(Optional.ofNullable(doc.selectFirst("link[rel=canonical]")).map(e -> e.attr("href")).orElse(null));
        if (url == null) {
            url = webUrl(firstMeta(doc, rules.urlMeta));
        }
        String outlet = firstMeta(doc, rules.outletMeta);
        if (outlet == null) {
            outlet = ldText(ld, "publisher");
        }
        return new ArticleMeta(withoutOutletSuffix(blankToNull(title), outlet), url, outlet, published(doc, ld));
    }

    private PublicationDate published(Document doc, List<JsonNode> ld) {
        PublicationDate d = fromMeta(doc, rules.strongDateMeta);
        if (d != null) {
            return d;
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            for (String attr : List.of("datetime", "content")) {
                d = date(e.attr(attr), "the page's itemprop=\"datePublished\" " + attr);
                if (d != null) {
                    return d;
                }
            }
            d = date(e.text(), "the page's itemprop=\"datePublished\" element");
            if (d != null) {
                return d;
            }
        }
        d = date(ldText(ld, "datePublished"), "the page's JSON-LD \"datePublished\"");
        if (d != null) {
            return d;
        }
        d = fromMeta(doc, rules.weakDateMeta);
        if (d != null) {
            return d;
        }
        Element time = Optional.ofNullable(doc.selectFirst("time[pubdate][datetime]"))
                .orElse(doc.selectFirst("article time[datetime], time[datetime]"));
        return time == null ? null : date(time.attr("datetime"), "the page's <time datetime=\"" + time.attr("datetime") + "\">");
    }

    private PublicationDate fromMeta(Document doc, List<HtmlRules.MetaRule> metaRules) {
        for (HtmlRules.MetaRule rule : metaRules) {
            PublicationDate d = date(HtmlRules.content(doc, rule), "the page's " + rule.describe());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private PublicationDate date(String value, String origin) {
        Optional<LocalDate> d = dates.parseValue(value);
        return d.map(x -> new PublicationDate(x, DateSource.METADATA, "from " + origin)).orElse(null);
    }

    private static String firstMeta(Document doc, List<HtmlRules.MetaRule> metaRules) {
        return metaRules.stream().map(r -> HtmlRules.content(doc, r)).filter(s -> s != null).findFirst().orElse(null);
    }

    /** Every JSON-LD object of the page, flattened through arrays and {@code @graph}; broken blocks are ignored. */
    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                flatten(LENIENT_JSON.readTree(script.data()), out);
            } catch (JsonProcessingException e) {
                // a page's broken structured data is not the user's problem; the other sources still apply
            }
        }
        return out;
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
        }
    }

    private static String ldText(List<JsonNode> ld, String field) {
        return ld.stream().map(n -> JsonFields.text(n, field)).filter(s -> s != null).findFirst().orElse(null);
    }

    /** Only http and https addresses are kept. */
    private static String webUrl(String s) {
        if (s == null) {
            return null;
        }
        String lower = s.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? s.strip() : null;
    }

    /** "Syria talks | Example Wire" is titled "Syria talks" when the outlet is Example Wire. */
    private static String withoutOutletSuffix(String title, String outlet) {
        if (title == null || outlet == null) {
            return title;
        }
        String stripped = title.replaceFirst("\\s+[|\\-–—:·]\\s+" + java.util.regex.Pattern.quote(outlet) + "$", "");
        return stripped.isBlank() ? title : stripped;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
