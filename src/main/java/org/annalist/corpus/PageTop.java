package org.annalist.corpus;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.annalist.text.Span;

/**
 * The furniture a text dump puts above the story: headline, byline, photo captions, a story-highlights
 * box and a date stamp, glued onto the story's first line up to its agency dateline
 * ("... Mubarak asks the government to resign Washington (CNN) -- President Barack Obama ..."), or a
 * transcript's header down to its notice ("... Aired February 3, 2011 - 12:00 ET THIS IS A RUSH TRANSCRIPT.").
 */
final class PageTop {

    static final String ABOVE_DATELINE = "boilerplate: headline, byline and highlights above the dateline";
    static final String TRANSCRIPT = "boilerplate: transcript header (show rundown and notice)";
    /** Reasons of ranges that still give the title and the publication date: those are read from this stretch. */
    static final String BYLINE = "boilerplate: byline";
    static final Set<String> READ_FOR_METADATA = Set.of(ABOVE_DATELINE, TRANSCRIPT, BYLINE);

    private final BoilerplateRules rules;

    PageTop(BoilerplateRules rules) {
        this.rules = rules;
    }

    /** The page-top furniture of {@code lines} (the body's non-blank lines, in order), if any. */
    Optional<ExcludedRange> find(String text, List<TextBlocks.Block> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        int top = lines.get(0).span().start();
        int window = top + rules.pageTopWindow;
        for (TextBlocks.Block line : lines) {
            if (line.span().start() >= window) {
                break;
            }
            // only the part of the line inside the window is searched: a one-line article costs no more than a short one
            int reach = Math.min(line.text().length(), window - line.span().start());
            if (rules.transcriptNotice.matcher(line.text()).region(0, reach).find()) {
                return Optional.of(new ExcludedRange(new Span(top, line.span().end()), TRANSCRIPT));
            }
            Matcher m = rules.agencyDateline.matcher(line.text()).region(0, reach).useTransparentBounds(true);
            if (m.find()) {
                int end = line.span().start() + m.start();
                while (end > top && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                return end > top && end <= window
                        ? Optional.of(new ExcludedRange(new Span(top, end), ABOVE_DATELINE)) : byline(lines.get(0));
            }
        }
        return byline(lines.get(0));
    }

    /** A byline opening the first line, glued to what follows ("By A. Writer, CNN The destroyer launches ..."). */
    private Optional<ExcludedRange> byline(TextBlocks.Block first) {
        Matcher m = rules.byline.matcher(first.text());
        return m.lookingAt()
                ? Optional.of(new ExcludedRange(new Span(first.span().start(), first.span().start() + m.end()), BYLINE))
                : Optional.empty();
    }
}
