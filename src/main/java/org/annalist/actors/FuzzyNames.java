package org.annalist.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the known person a misspelled capitalised word probably stands for ("Macaron", "McCron"
 * for Macron): same first letter, within one edit (two for long names). The caller decides whether
 * the context supports the reading. Thread-safe: immutable but for a bounded look-up cache.
 */
final class FuzzyNames {

    /** Surnames by first letter and length (see {@link #key}), in catalog order: a look-up reads only those near its length. */
    private final Map<Integer, List<Surname>> byInitialAndLength = new HashMap<>();
    private final Map<Person, Set<String>> givenNames = new HashMap<>();
    /** The given names of all people named in full in the hand catalog ("joe" of Joe Biden). */
    private final Set<String> anyGivenName = new HashSet<>();
    private final Set<String> knownWords = new HashSet<>();
    private final Map<String, Person> exactSurnames = new HashMap<>();
    private final Map<Integer, List<String>> actorNamesByInitialAndLength = new HashMap<>();
    private final Map<String, String> actorNames = new HashMap<>();
    private final int minLength;
    private static final Object NONE = new Object();
    private static final int CACHE_LIMIT = 100_000;
    private final Map<String, Object> personCache = new ConcurrentHashMap<>();
    private final Map<String, Object> actorCache = new ConcurrentHashMap<>();

    FuzzyNames(ActorCatalog catalog, int minLength, List<String> notActors) {
        this.minLength = minLength;
        for (String n : notActors) {
            Tokenizer.tokens(n).forEach(t -> knownWords.add(t.norm()));
        }
        for (Person p : catalog.people()) {
            if (!p.misspellings()) {
                continue; // imported in bulk (Phoenix): exact names only
            }
            String surname = Tokenizer.normalise(p.surname());
            Set<String> given = new HashSet<>();
            for (String name : names(p)) {
                for (Token t : Tokenizer.tokens(name)) {
                    if (t.word()) {
                        knownWords.add(t.norm());
                        if (!surname.contains(t.norm())) {
                            given.add(t.norm());
                        }
                    }
                }
            }
            givenNames.put(p, given);
            anyGivenName.addAll(given);
            if (Tokenizer.tokens(p.surname()).size() == 1) {
                exactSurnames.merge(surname, p, (a, b) -> a.actorAt(null).equals(b.actorAt(null)) ? a : b);
            }
            if (surname.length() >= minLength) {
                byInitialAndLength.computeIfAbsent(key(surname.charAt(0), surname.length()), k -> new ArrayList<>())
                        .add(new Surname(p, surname));
            }
        }
        for (Actor a : catalog.actors()) {
            for (String alias : catalog.aliases(a.id())) {
                List<Token> tokens = Tokenizer.tokens(alias);
                tokens.forEach(t -> knownWords.add(t.norm()));
                if (tokens.size() == 1 && tokens.get(0).capitalised() && !tokens.get(0).allCaps()
                        && tokens.get(0).norm().length() >= minLength) {
                    String norm = tokens.get(0).norm();
                    if (actorNames.putIfAbsent(norm, a.id()) == null) {
                        actorNamesByInitialAndLength.computeIfAbsent(key(norm.charAt(0), norm.length()), k -> new ArrayList<>())
                                .add(norm);
                    }
                }
            }
        }
    }

    /** The person whose one-word surname this exactly is ("Ban", "May"), for use after a title. */
    Person bySurname(String norm) {
        return exactSurnames.get(norm);
    }

    /** The actor whose one-word name the word is a misspelling of ("Quatar", "Ethopia"), or null. */
    String closestActor(String norm) {
        Object cached = actorCache.get(norm);
        if (cached == null) {
            String a = computeClosestActor(norm);
            cached = a == null ? NONE : a;
            remember(actorCache, norm, cached);
        }
        return cached == NONE ? null : (String) cached;
    }

    private String computeClosestActor(String norm) {
        if (norm.length() < minLength || knownWords.contains(norm)) {
            return null;
        }
        // which of the names within one edit is met first does not matter: two actors give null
        String best = null;
        for (int length = Math.max(1, norm.length() - 1); length <= norm.length() + 1; length++) {
            for (String name : actorNamesByInitialAndLength.getOrDefault(key(norm.charAt(0), length), List.of())) {
                if (distance(norm, name, 1) <= 1) {
                    if (best != null && !actorNames.get(best).equals(actorNames.get(name))) {
                        return null;
                    }
                    best = name;
                }
            }
        }
        return best == null ? null : actorNames.get(best);
    }

    private static List<String> names(Person p) {
        List<String> all = new ArrayList<>(p.aliases());
        all.add(p.name());
        return all;
    }

    /** Whether the word is part of any catalog name or alias, so never a misspelling. */
    boolean known(String norm) {
        return knownWords.contains(norm);
    }

    /** Whether {@code norm} is a given name (or other non-surname part) of {@code p}. */
    boolean givenNameOf(Person p, String norm) {
        return givenNames.getOrDefault(p, Set.of()).contains(norm);
    }

    /** Whether {@code norm} is a given name of some person of the hand catalog ("Joe", "Hillary"). */
    boolean isGivenName(String norm) {
        return anyGivenName.contains(norm);
    }

    /** The single closest known surname to the word, or null when none or several are close. */
    Person closest(String norm) {
        Object cached = personCache.get(norm);
        if (cached == null) {
            Person p = computeClosest(norm);
            cached = p == null ? NONE : p;
            remember(personCache, norm, cached);
        }
        return cached == NONE ? null : (Person) cached;
    }

    /** Capitalised words recur across articles: their look-ups are cached (bounded). */
    private static void remember(Map<String, Object> cache, String key, Object value) {
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, value);
    }

    private Person computeClosest(String norm) {
        if (norm.length() < minLength - 1 || knownWords.contains(norm)) {
            return null;
        }
        // The answer does not depend on the order lengths are visited in: two surnames at the least
        // distance give null, and people of one surname (so of one length) keep their catalog order.
        Surname best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (int length = Math.max(1, norm.length() - 2); length <= norm.length() + 2; length++) {
            for (Surname c : byInitialAndLength.getOrDefault(key(norm.charAt(0), length), List.of())) {
                String s = c.surname();
                int allowed = s.length() >= 9 ? 2 : 1;
                if (Math.abs(s.length() - norm.length()) > allowed) {
                    continue;
                }
                int d = distance(norm, s, allowed);
                if (d <= allowed) {
                    if (d < bestDistance) {
                        best = c;
                        bestDistance = d;
                        tie = false;
                    } else if (d == bestDistance && !best.surname().equals(s)) {
                        tie = true;
                    }
                }
            }
        }
        return tie || best == null ? null : best.person();
    }

    private record Surname(Person person, String surname) {
    }

    private static int key(char initial, int length) {
        return initial << 16 | Math.min(length, 0xFFFF);
    }

    /** Optimal-string-alignment distance, giving up once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
