package org.annalist.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.text.StrictJson;

/**
 * The opening words that head an article without a title (news feeds often run the headline into
 * the body): leading page furniture, date stamps, bylines ("By the CNN Wire Staff", "By John Smith,
 * CNN") and datelines ("CAIRO, Egypt (CNN) --") are skipped, a byline or dateline after a run-in
 * headline ends the heading, and so does the first line break. The rules are in {@code headings.json}.
 */
final class OpeningWords {

    /** How far into the text the rules look: a heading is a few words, and patterns stay cheap. */
    private static final int WINDOW = 400;
    /** Compiled once: String.split and replaceAll compile their pattern on every call, and this runs per article. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final OpeningWords STANDARD = new OpeningWords(
            StrictJson.resource(OpeningWords.class, "headings.json", Rules.class));

    record Rules(String _comment, List<String> outlets, List<String> jobTitleWords, String names, List<String> markers,
                 List<String> prefixes, int openingWords, int minLineWords) {
    }

    private final List<Pattern> markers;
    private final List<Pattern> leading;
    private final int words;
    private final int minLineWords;

    OpeningWords(Rules rules) {
        String outlets = String.join("|", rules.outlets());
        String titles = String.join("|", rules.jobTitleWords());
        markers = rules.markers().stream()
                .map(p -> Pattern.compile(p.replace("{names}", rules.names()).replace("{outlet}", outlets)
                        .replace("{title}", titles))).toList();
        leading = java.util.stream.Stream.concat(markers.stream(), rules.prefixes().stream().map(Pattern::compile)).toList();
        words = rules.openingWords();
        minLineWords = rules.minLineWords();
    }

    static OpeningWords standard() {
        return STANDARD;
    }

    /** The heading words of {@code a}, in quotes, or "" when it says nothing. */
    String of(Article a) {
        return of(a.text(), furnitureEnd(a));
    }

    /** The heading words of {@code text} from {@code from} on, in quotes, or "" when there are none. */
    String of(String text, int from) {
        int at = Math.min(from, text.length());
        at += leadingSpace(text, at);
        String t = window(text, at);
        for (boolean skipped = true; skipped; ) {
            skipped = false;
            for (Pattern p : leading) {
                Matcher m = p.matcher(t);
                if (m.lookingAt() && m.end() > 0) {
                    at += m.end();
                    at += leadingSpace(text, at);
                    t = window(text, at);
                    skipped = true;
                }
            }
        }
        t = t.substring(0, headlineEnd(t));
        String[] lines = LINE_BREAK.split(t);
        StringBuilder kept = new StringBuilder();
        // the first line is the heading, unless it is too short to say anything ("BENGHAZI")
        for (String line : lines) {
            kept.append(kept.length() > 0 ? " " : "").append(line.strip());
            if (SPACES.split(kept).length >= minLineWords) {
                break;
            }
        }
        return quoted(kept.toString());
    }

    private static String window(String text, int at) {
        return text.substring(at, Math.min(text.length(), at + WINDOW));
    }

    /** Where a byline or dateline after a run-in headline begins, or the end of {@code t}. */
    private int headlineEnd(String t) {
        int end = t.length();
        for (Pattern p : markers) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                if (m.start() > 0 && Character.isWhitespace(t.charAt(m.start() - 1))) {
                    end = Math.min(end, m.start());
                    break;
                }
            }
        }
        return end;
    }

    /** The first character not inside boilerplate that starts the text (a feed's trailing headline, say). */
    private static int furnitureEnd(Article a) {
        int at = 0;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (ExcludedRange r : a.excluded()) {
                int s = r.span().start();
                if (s <= at + leadingSpace(a.text(), at) && r.span().end() > at) {
                    at = r.span().end();
                    moved = true;
                }
            }
        }
        return at;
    }

    private static int leadingSpace(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i - at;
    }

    private String quoted(String s) {
        String flat = SPACES.matcher(s.strip()).replaceAll(" ");
        if (flat.isEmpty()) {
            return "";
        }
        String[] parts = flat.split(" "); // one character: String's fast path
        int n = Math.min(parts.length, words);
        return "\u201c" + String.join(" ", java.util.Arrays.copyOf(parts, n)) + (parts.length > n ? "\u2026" : "") + "\u201d";
    }
}
