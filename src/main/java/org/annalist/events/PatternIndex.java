package org.annalist.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.text.Token;

/**
 * Which of a verb block's CAMEO patterns can match around one verb, found from the words around it:
 * a pattern can match only where every element's first word occurs, so each pattern is filed under
 * the first words of its most selective element, and only the patterns filed under a word near the
 * verb are tried. Exact: a pattern left out would have failed its ordered scan. Most verbs meet
 * none of their block's (up to 190) pattern words, so most patterns are never tried.
 */
final class PatternIndex {

    private final int size;
    private final Map<String, int[]> byWord = new HashMap<>();
    private final BitSet unconditional = new BitSet(); // patterns with no words: the verb alone

    /**
     * @param elements per pattern, in order, the first words of each of its elements (an empty
     *                 collection: an element that never matches, so the pattern never does either)
     */
    PatternIndex(List<List<? extends Collection<String>>> elements) {
        size = elements.size();
        Map<String, List<Integer>> filed = new HashMap<>();
        for (int p = 0; p < size; p++) {
            Collection<String> rarest = null;
            for (Collection<String> e : elements.get(p)) {
                if (rarest == null || e.size() < rarest.size()) {
                    rarest = e;
                }
            }
            if (rarest == null) {
                unconditional.set(p);
            } else {
                for (String w : rarest) {
                    filed.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
                }
            }
        }
        filed.forEach((w, ps) -> byWord.put(w, ps.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Every pattern, in order. */
    BitSet every() {
        BitSet all = new BitSet(size);
        all.set(0, size);
        return all;
    }

    /**
     * The patterns, in order, that can match around a verb spelled by tokens [first, last]: their
     * words are looked for in [from, first) and (last, to).
     */
    BitSet candidates(List<Token> tokens, int from, int first, int last, int to) {
        BitSet found = (BitSet) unconditional.clone();
        for (int i = from; i < to; i++) {
            if (i == first) {
                i = last;
                continue;
            }
            int[] ps = byWord.get(tokens.get(i).lower());
            if (ps != null) {
                for (int p : ps) {
                    found.set(p);
                }
            }
        }
        return found;
    }
}
