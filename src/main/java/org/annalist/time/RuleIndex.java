package org.annalist.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rules to try at a token: by its first token ({@code #num} for any number), and only when a
 * word of the rule's {@code near} set occurs within the next {@link Rule#NEAR_TOKENS} tokens
 * (checked with one bit per distinct set, so the filter costs a mask test).
 */
final class RuleIndex {

    static final String NUMBER_KEY = "#num";
    private static final int[] NONE = new int[0];

    private final Map<String, int[]> byFirstToken;
    private final int[] numberRules;
    private final Map<String, Long> nearBits;
    /** Both of a word's look-ups in one: the rules it starts and its 'near' bits (one hash look-up per token). */
    private final Map<String, WordRules> byWordAll;
    private final long numberNearBits;
    private final long[] ruleNearBit;

    RuleIndex(List<Rule> rules) {
        Map<String, List<Integer>> first = new HashMap<>();
        for (int k = 0; k < rules.size(); k++) {
            for (String word : rules.get(k).first()) {
                List<Integer> list = first.computeIfAbsent(word, x -> new ArrayList<>());
                if (!list.contains(k)) {
                    list.add(k);
                }
            }
        }
        Map<String, int[]> frozen = new HashMap<>();
        first.forEach((k, v) -> frozen.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.byFirstToken = Map.copyOf(frozen);
        this.numberRules = byFirstToken.getOrDefault(NUMBER_KEY, NONE);

        List<Set<String>> nearSets = new ArrayList<>();
        Map<String, Long> bits = new HashMap<>();
        ruleNearBit = new long[rules.size()];
        for (int k = 0; k < rules.size(); k++) {
            Set<String> near = rules.get(k).near();
            if (near.isEmpty()) {
                continue;
            }
            int bit = nearSets.indexOf(near);
            if (bit < 0) {
                bit = nearSets.size();
                if (bit >= Long.SIZE) {
                    throw new IllegalStateException("more than 64 distinct 'near' sets in the time rules");
                }
                nearSets.add(near);
                for (String w : near) {
                    bits.merge(w, 1L << bit, (a, b) -> a | b);
                }
            }
            ruleNearBit[k] = 1L << bit;
        }
        this.nearBits = Map.copyOf(bits);
        Map<String, WordRules> all = new HashMap<>();
        for (String w : byFirstToken.keySet()) {
            all.put(w, new WordRules(byFirstToken.get(w), nearBits.getOrDefault(w, 0L)));
        }
        for (String w : nearBits.keySet()) {
            all.putIfAbsent(w, new WordRules(NONE, nearBits.get(w)));
        }
        this.byWordAll = all;
        this.numberNearBits = bits.getOrDefault(NUMBER_KEY, 0L);
    }

    private record WordRules(int[] rules, long near) {
    }

    private static final WordRules NO_RULES = new WordRules(NONE, 0L);

    /** Per token: the rules its word starts ({@code byWord}, tried before those of {@link #byKind}), and the 'near' bits of it and the tokens after it. */
    record Lookup(int[][] byWord, long[] window) {
    }

    /** The rule numbers triggered by this token's kind (any number). */
    int[] byKind(Token t) {
        return t.kind() == Token.Kind.NUMBER ? numberRules : NONE;
    }

    /** For each token, the rules its word triggers and its 'near' window. */
    Lookup lookup(List<Token> tokens) {
        int n = tokens.size();
        long[] own = new long[n];
        int[][] byWord = new int[n][];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            WordRules w = byWordAll.getOrDefault(t.lower(), NO_RULES);
            byWord[i] = w.rules();
            own[i] = t.kind() == Token.Kind.NUMBER ? numberNearBits : w.near();
        }
        long[] window = new long[n];
        for (int i = 0; i < n; i++) {
            long w = 0;
            for (int j = i, end = Math.min(n, i + Rule.NEAR_TOKENS); j < end; j++) {
                w |= own[j];
            }
            window[i] = w;
        }
        return new Lookup(byWord, window);
    }

    boolean nearEnough(int rule, long window) {
        return ruleNearBit[rule] == 0 || (window & ruleNearBit[rule]) != 0;
    }
}
