package org.annalist.corpus;

import java.util.List;

/**
 * A {@code .txt} article: the whole decoded file is the text, so offsets match the file (a lone CR
 * line ending is read as LF). A first
 * line holding only a URL gives the article's URL; bare counter lines after it are page debris.
 */
final class PlainTextFormat {

    private final BoilerplateRules rules;

    PlainTextFormat(BoilerplateRules rules) {
        this.rules = rules;
    }

    RawArticle read(String id, String original) {
        String text = lineFeeds(original);
        List<TextBlocks.Block> lines = TextBlocks.lines(text);
        String url = null;
        int bodyStart = 0;
        int i = 0;
        if (!lines.isEmpty() && TitleFinder.isUrl(lines.get(0).text())) {
            url = lines.get(0).text();
            i = 1;
            bodyStart = lines.get(0).span().end();
        }
        while (i < lines.size() && rules.debrisLine.matcher(lines.get(i).text()).matches()) {
            bodyStart = lines.get(i).span().end();
            i++;
        }
        if (bodyStart > 0) {
            bodyStart = i < lines.size() ? lines.get(i).span().start() : text.length();
        }
        return new RawArticle(id, text, bodyStart, new ArticleMeta(null, url, null, null));
    }

    /**
     * Old Mac files end lines with a lone CR: each becomes LF, one character for one, so every offset
     * still matches the file while lines, paragraphs and sentences are found as in any other file.
     */
    static String lineFeeds(String text) {
        int cr = text.indexOf('\r');
        if (cr < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = cr; i < chars.length; i++) {
            if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
                chars[i] = '\n';
            }
        }
        return new String(chars);
    }
}
