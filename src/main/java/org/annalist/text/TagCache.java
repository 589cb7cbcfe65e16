package org.annalist.text;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Remembers the tags of word sequences already tagged. A tagger's output depends on the words
 * alone, so a remembered answer is exactly the one it would give again; news repeats itself
 * (wire copy, updated versions of a story, set phrases around the same verbs), so many of the short
 * windows the extractor asks about recur. Bounded: when full it starts afresh rather than growing.
 */
final class TagCache {

    private final int capacity;
    private final Map<Words, String[]> entries = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    TagCache(int capacity) {
        this.capacity = capacity;
    }

    /** The tags of {@code words}: remembered, or computed by {@code tagger} and remembered. */
    String[] tags(String[] words, Function<String[], String[]> tagger) {
        Words key = new Words(words);
        String[] known = entries.get(key);
        if (known != null) {
            hits.incrementAndGet();
            return known.clone();
        }
        misses.incrementAndGet();
        String[] tags = tagger.apply(words);
        if (entries.size() >= capacity) {
            entries.clear(); // simpler and cheaper than LRU bookkeeping on every look-up
        }
        entries.put(key, tags.clone());
        return tags;
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }

    /** A word sequence as a map key, its hash computed once. */
    private static final class Words {
        private final String[] words;
        private final int hash;

        Words(String[] words) {
            this.words = words;
            this.hash = Arrays.hashCode(words);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Words w && w.hash == hash && Arrays.equals(w.words, words);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
