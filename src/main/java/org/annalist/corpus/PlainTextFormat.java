package org.annalist.corpus;

import java.util.List;

/**
 * A {@code .txt} article: the whole decoded file is the text, so offsets match the file. A first
 * line holding only a URL gives the article's URL; bare counter lines after it are page debris.
 */
final class PlainTextFormat {

    private final BoilerplateRules rules;

    PlainTextFormat(BoilerplateRules rules) {
        this.rules = rules;
    }

    RawArticle read(String id, String text) {
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
}
