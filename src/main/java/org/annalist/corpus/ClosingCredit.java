package org.annalist.corpus;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.text.Span;

/**
 * Text glued after an agency story's closing credit on the same line ("(Reporting by A; Editing by B)
 * We welcome comments that advance the story ..."): the story ends at the credit, so what follows is
 * furniture; a comment cue there opens the reader comments.
 */
final class ClosingCredit {

    static final String GLUED = "boilerplate: text glued after the story's closing credit";
    private final Pattern credit;

    /** The {@code closingCredit} object of {@code boilerplate.json}. */
    record Rules(String pattern) {
    }

    ClosingCredit(Rules json) {
        credit = RuleResource.pattern("closingCredit.pattern", json.pattern());
    }

    /** The furniture glued after the line's closing credit; a comment range runs to the end of the text. */
    Optional<ExcludedRange> after(TextBlocks.Block line, String text, Pattern commentOpener) {
        Matcher m = credit.matcher(line.text());
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0) {
            return Optional.empty();
        }
        String rest = line.text().substring(end);
        int skip = rest.length() - rest.stripLeading().length();
        if (rest.isBlank()) {
            return Optional.empty();
        }
        int start = line.span().start() + end + skip;
        String glued = rest.strip();
        if (commentOpener.matcher(glued).lookingAt()) {
            return Optional.of(new ExcludedRange(new Span(start, text.length()),
                    BoilerplateDetector.COMMENTS + " from '" + BoilerplateDetector.shorten(glued) + "'"));
        }
        return Optional.of(new ExcludedRange(new Span(start, line.span().end()), GLUED));
    }
}
