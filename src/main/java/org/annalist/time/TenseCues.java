package org.annalist.time;

import java.util.List;
import java.util.Set;

/**
 * Guesses the tense of an expression's clause from cue words (resource {@code context/cues.json}):
 * the nearest cue before it in its sentence wins, else the nearest after it. Stands in for the
 * part-of-speech tagger HeidelTime needs, at a fraction of the cost.
 */
final class TenseCues {

    private static final int BACK = 14;
    private static final int AHEAD = 10;

    private final Set<String> future;
    private final Set<String> past;
    private final List<String> pastSuffixes;
    private final Set<String> auxiliaries;
    private final Set<String> determiners;

    TenseCues(Set<String> future, Set<String> past, List<String> pastSuffixes, Set<String> auxiliaries,
            Set<String> determiners) {
        this.future = future;
        this.past = past;
        this.pastSuffixes = pastSuffixes;
        this.auxiliaries = auxiliaries;
        this.determiners = determiners;
    }

    /** The tense around tokens {@code [first, last]} of {@code tokens}. */
    Tense around(String text, List<Token> tokens, int first, int last) {
        // an expression that opens its sentence has no cue before it: "... step down.\nJune 1 - ..." is not future
        int back = tokens.get(first).sentenceStart() ? first : Math.max(-1, first - 1 - BACK);
        for (int i = first - 1; i > back; i--) {
            Tense t = cue(text, tokens, i);
            if (t != Tense.UNKNOWN) {
                return t;
            }
            if (tokens.get(i).sentenceStart()) {
                break;
            }
        }
        for (int i = last + 1; i < tokens.size() && i <= last + AHEAD && !tokens.get(i).sentenceStart(); i++) {
            Tense t = cue(text, tokens, i);
            if (t != Tense.UNKNOWN) {
                return t;
            }
        }
        return Tense.UNKNOWN;
    }

    private Tense cue(String text, List<Token> tokens, int at) {
        Token token = tokens.get(at);
        if (!token.isWord()) {
            return Tense.UNKNOWN;
        }
        String w = token.lower();
        if (future.contains(w)) {
            return Tense.FUTURE;
        }
        if (past.contains(w) && (auxiliaries.contains(w) || at == 0 || "to".equals(tokens.get(at - 1).lower())
                || !auxiliaries.contains(tokens.get(at - 1).lower()))) {
            return Tense.PAST; // "would be paid": a participle after an auxiliary takes the auxiliary's tense
        }
        if (w.length() >= 5 && !w.endsWith("eed") && Character.isLowerCase(text.charAt(token.start()))
                && !afterAuxiliary(tokens, at) && !afterDeterminer(tokens, at)) {
            for (String suffix : pastSuffixes) {
                if (w.endsWith(suffix)) {
                    return Tense.PAST;
                }
            }
        }
        return Tense.UNKNOWN;
    }

    /** An -ed word after a determiner is an adjective ("a still unspecified date", "the revised plan"). */
    private boolean afterDeterminer(List<Token> tokens, int at) {
        return at > 0 && determiners.contains(tokens.get(at - 1).lower());
    }

    /** A participle ("will be named", "has been delayed") takes its tense from the auxiliary. */
    private boolean afterAuxiliary(List<Token> tokens, int at) {
        for (int i = at - 1; i >= 0 && i >= at - 2; i--) {
            if (auxiliaries.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
