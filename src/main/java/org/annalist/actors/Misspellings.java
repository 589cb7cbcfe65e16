package org.annalist.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads capitalised unknown words close to a known office holder's surname as that person, when
 * the context supports it: the person's given name or a title right before it, or the same article
 * naming the person (rightly spelled or strongly supported); or, mid-sentence only, the article
 * naming the person's actor. One use per {@code find} call.
 */
final class Misspellings {

    private final FuzzyNames fuzzy;
    private final TitlePhrases titles;
    private final MatchingRules rules;

    Misspellings(FuzzyNames fuzzy, TitlePhrases titles, MatchingRules rules) {
        this.fuzzy = fuzzy;
        this.titles = titles;
        this.rules = rules;
    }

    private record Candidate(int index, Person person, String actor) {
    }

    void find(String text, List<Token> tokens, boolean[] used, LocalDate date, Set<Person> people,
              Set<String> mentioned, List<ActorMention> out) {
        List<Candidate> weak = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (used[i] || !t.capitalised() || t.allCaps() || rules.notNames().contains(t.norm())) {
                continue;
            }
            Person p = fuzzy.closest(t.norm());
            String actor = p == null ? null : p.actorAt(date).orElse(null);
            if (actor == null) {
                continue;
            }
            boolean given = i > 0 && !used[i - 1] && fuzzy.givenNameOf(p, tokens.get(i - 1).norm())
                    && tokens.get(i - 1).capitalised();
            boolean titled = i > 0 && !used[i - 1] && titles.isHead(tokens.get(i - 1));
            if (given || titled) {
                people.add(p);
                add(text, tokens, used, given ? i - 1 : i, i + 1, actor, out);
            } else {
                weak.add(new Candidate(i, p, actor));
            }
        }
        for (Candidate c : weak) {
            boolean known = people.contains(c.person());
            if (known || (mentioned.contains(c.actor()) && !sentenceInitial(text, tokens, c.index()))) {
                add(text, tokens, used, c.index(), c.index() + 1, c.actor(), out);
            }
        }
    }

    private void add(String text, List<Token> tokens, boolean[] used, int from, int to, String actor,
                     List<ActorMention> out) {
        int floor = from;
        while (floor > 0 && !used[floor - 1]) {
            floor--;
        }
        int start = titles.left(tokens, from, floor);
        for (int i = start; i < to; i++) {
            used[i] = true;
        }
        out.add(CatalogActorRecognizer.mention(text, tokens, start, to, actor));
    }

    private static boolean sentenceInitial(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        if (text.substring(prev.end(), tokens.get(i).start()).indexOf('\n') >= 0) {
            return true;
        }
        return !prev.word() && ".!?:\"“”'".contains(prev.norm());
    }
}
