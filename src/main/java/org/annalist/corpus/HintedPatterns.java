package org.annalist.corpus;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A list of line patterns tried cheaply, with the same yes/no answer as one alternation searched in the
 * line: the patterns anchored at the line's start ("^...") are tried at its start only, and the others,
 * which search the whole line, only when the lowercased line holds one of their hint words (every such
 * pattern's match contains one; the file says which). Most lines hold no hint, so most lines cost one
 * anchored attempt and a few {@code contains} instead of a regex attempt at every character.
 */
final class HintedPatterns {

    private final Pattern anchored;
    private final Pattern floating;
    private final List<String> hints;

    HintedPatterns(String key, List<String> patterns, List<String> hints, int flags) {
        List<String> atStart = patterns.stream().filter(HintedPatterns::isAnchored).toList();
        List<String> anywhere = patterns.stream().filter(p -> !isAnchored(p)).toList();
        anchored = atStart.isEmpty() ? null : RuleResource.pattern(key, alternation(atStart), flags);
        floating = anywhere.isEmpty() ? null : RuleResource.pattern(key, alternation(anywhere), flags);
        this.hints = hints.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        if (floating != null && this.hints.isEmpty()) {
            throw new IllegalStateException("corpus rule " + key + " searches whole lines but has no hint words");
        }
    }

    /** Anchored at the line's start: "^..." or "(?i)^...", and no top-level alternative that is not. */
    private static boolean isAnchored(String p) {
        return (p.startsWith("^") || p.startsWith("(?i)^")) && !hasTopLevelBar(p);
    }

    private static boolean hasTopLevelBar(String p) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    private static String alternation(List<String> list) {
        return list.stream().map(s -> "(?:" + s + ")").collect(java.util.stream.Collectors.joining("|"));
    }

    /** Whether any pattern matches somewhere in {@code line} (as {@code find} on the alternation would). */
    boolean find(String line) {
        if (anchored != null && anchored.matcher(line).lookingAt()) {
            return true;
        }
        if (floating == null) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (String h : hints) {
            if (lower.contains(h)) {
                return floating.matcher(line).find();
            }
        }
        return false;
    }
}
