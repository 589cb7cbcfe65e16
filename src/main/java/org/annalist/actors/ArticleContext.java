package org.annalist.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one article names by ordinary aliases: which actors (and where) and which known people.
 * Context aliases and misspellings are judged against it. One per {@code find} call.
 */
final class ArticleContext {

    private final Map<String, List<Integer>> offsets = new HashMap<>();
    private final Set<Person> people = new HashSet<>();
    private final int before;
    private final int after;

    ArticleContext(List<Token> tokens, List<AliasIndex.Match> matches, LocalDate date, MatchingRules rules) {
        this.before = rules.contextBefore();
        this.after = rules.contextAfter();
        for (AliasIndex.Match m : matches) {
            String actor = m.target().actorAt(date);
            if (m.target().context() == null && actor != null) {
                offsets.computeIfAbsent(actor, a -> new ArrayList<>()).add(tokens.get(m.from()).start());
            }
            if (m.target().person() != null) {
                people.add(m.target().person());
            }
        }
    }

    /** Whether the article names the actor anywhere. */
    boolean names(String actorId) {
        return offsets.containsKey(actorId);
    }

    boolean names(Person person) {
        return people.contains(person);
    }

    /** Records a person found by a supported misspelling, so later spellings count as known. */
    void add(Person person) {
        people.add(person);
    }

    /**
     * Whether a context alias at {@code offset} holds: its actor or one of its context actors is
     * named near it ("rebels" under a headline about South Sudan are not the Syrian opposition).
     */
    boolean supports(AliasIndex.Target target, int offset) {
        if (target.context() == null) {
            return true;
        }
        if (near(target.actorId(), offset)) {
            return true;
        }
        for (String w : target.context().when()) {
            if (near(w, offset)) {
                return true;
            }
        }
        return false;
    }

    private boolean near(String actorId, int offset) {
        List<Integer> list = offsets.get(actorId);
        if (list != null) {
            for (int o : list) {
                if (o >= offset - before && o <= offset + after) {
                    return true;
                }
            }
        }
        return false;
    }
}
