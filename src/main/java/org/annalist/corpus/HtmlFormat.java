package org.annalist.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A saved web page ({@code .html}, {@code .htm}) read with jsoup into metadata and main text. */
final class HtmlFormat {

    private static final Pattern DECLARED_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

    private final HtmlMetadata metadata;
    private final HtmlText text;
    private final TextDecoder decoder;

    HtmlFormat(HtmlMetadata metadata, HtmlText text, TextDecoder decoder) {
        this.metadata = metadata;
        this.text = text;
        this.decoder = decoder;
    }

    RawArticle read(String id, byte[] bytes, java.util.List<String> notes) throws BadInputException {
        TextDecoder.Decoded d = decoder.decode(bytes);
        if (d.note() != null) {
            notes.add(d.note());
        }
        String source = decode(d, bytes);
        String shallow = HtmlDepth.flattenSource(source);
        Document doc = Jsoup.parse(shallow != null ? shallow : source);
        int depth = HtmlDepth.cap(doc);
        if (shallow != null) {
            notes.add("the page nests elements more than " + HtmlDepth.SOURCE_MAX + " levels deep; the deeper tags"
                    + " are left out and their text kept");
        } else if (depth > 0) {
            notes.add("the page nests elements " + depth + " levels deep; below level " + HtmlDepth.MAX
                    + " its content is read as plain text");
        }
        ArticleMeta meta = metadata.read(doc);
        String body = text.extract(doc);
        if (TextDecoder.isBlank(body)) {
            throw new BadInputException("web page without article text");
        }
        return new RawArticle(id, body, 0, meta);
    }

    /** BOM or valid UTF-8 first; a page that is not UTF-8 is read in the charset it declares, else Windows-1252. */
    private static String decode(TextDecoder.Decoded d, byte[] bytes) {
        if (!d.charset().equals(TextDecoder.WINDOWS_1252)) {
            return d.text();
        }
        Matcher m = DECLARED_CHARSET.matcher(d.text());
        if (m.find()) {
            try {
                Charset declared = Charset.forName(m.group(1));
                if (!declared.equals(StandardCharsets.UTF_8)) {
                    return new String(bytes, declared);
                }
            } catch (IllegalArgumentException unknownCharset) {
                // keep the Windows-1252 reading
            }
        }
        return d.text();
    }
}
