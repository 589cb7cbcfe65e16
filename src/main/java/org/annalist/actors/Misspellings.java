package org.annalist.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Second look at capitalised words the alias walk left alone:
 * <ul>
 * <li>the bare surname of a known person right after a title ("Secretary-General Ban");</li>
 * <li>a misspelled office holder ("Macaron", "McCron" for Macron) when the context supports it:
 *     the person's given name or a title right before it, or the same article naming the person
 *     (rightly spelled or strongly supported); or, mid-sentence only, the article naming the
 *     person's actor;</li>
 * <li>a misspelled one-word actor name ("Quatar's emir") followed by a possessive or a title, or
 *     in an article that names that actor rightly.</li>
 * </ul>
 */
final class Misspellings {

    /** Shorter words after a title are too often real names the catalog does not know ("President Havel"). */
    private static final int STRONG_TITLE_LENGTH = 6;
    /** Shorter near-miss names are too often other words ("Tokyu" is no "Tokyo"). */
    private static final int WEAK_ACTOR_LENGTH = 7;

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

    void find(String text, List<Token> tokens, boolean[] used, LocalDate date, ArticleContext context,
              List<ActorMention> out) {
        List<Candidate> weak = new ArrayList<>();
        Set<String> lowercase = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (used[i] || !t.capitalised() || t.allCaps() || rules.notNames().contains(t.norm()) || titles.isTitleWord(t)) {
                continue;
            }
            if (fuzzy.closest(t.norm()) == null && fuzzy.closestActor(t.norm()) == null && !titleBefore(tokens, used, i)) {
                continue;
            }
            if (lowercase == null) {
                lowercase = lowercaseWords(tokens);
            }
            if (lowercase.contains(t.norm())) {
                continue; // the article also writes it in lowercase: a word ("Peace"), not a name
            }
            boolean titled = titleBefore(tokens, used, i);
            Person exact = titled ? fuzzy.bySurname(t.norm()) : null;
            if (exact != null && exact.actorAt(date).isPresent()) {
                add(text, tokens, used, i, i + 1, exact.actorAt(date).get(), out);
                continue;
            }
            Person p = fuzzy.closest(t.norm());
            String actor = p == null ? null : p.actorAt(date).orElse(null);
            if (actor != null) {
                boolean given = i > 0 && !used[i - 1] && tokens.get(i - 1).capitalised()
                        && fuzzy.givenNameOf(p, tokens.get(i - 1).norm());
                if (!given && otherGivenName(text, tokens, used, i)) {
                    continue; // "Omar Suleiman" is someone else, not a misspelled "Qassem Soleimani"
                }
                if (given || (titled && t.norm().length() >= STRONG_TITLE_LENGTH && p.surnameAlone())) {
                    context.add(p);
                    add(text, tokens, used, given ? i - 1 : i, i + 1, actor, out);
                } else if (p.surnameAlone()) {
                    // a surname that cannot stand alone ("Johnson") cannot stand misspelled either
                    weak.add(new Candidate(i, p, actor));
                }
                continue;
            }
            String named = fuzzy.closestActor(t.norm());
            if (named != null) {
                TitlePhrases.Extent ext = titles.right(tokens, i + 1);
                if (ext.end() > i + 1 || (context.names(named) && t.norm().length() >= WEAK_ACTOR_LENGTH)) {
                    add(text, tokens, used, i, Math.max(ext.end(), i + 1), named, out);
                }
            }
        }
        for (Candidate c : weak) {
            boolean known = context.names(c.person());
            boolean actorNamed = context.names(c.actor()) && tokens.get(c.index()).norm().length() >= STRONG_TITLE_LENGTH
                    && !sentenceInitial(text, tokens, c.index());
            if (!used[c.index()] && (known || actorNamed)) {
                add(text, tokens, used, c.index(), c.index() + 1, c.actor(), out);
            }
        }
    }

    private static Set<String> lowercaseWords(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            if (t.word() && Character.isLowerCase(t.text().charAt(0))) {
                out.add(t.norm());
            }
        }
        return out;
    }

    /**
     * A capitalised name word right before {@code i} in the same sentence, neither a title nor an actor:
     * the word at {@code i} is then the surname of a person named in full, and a near-miss surname of a
     * catalog person with another given name is a different person.
     */
    private boolean otherGivenName(String text, List<Token> tokens, boolean[] used, int i) {
        if (i == 0 || used[i - 1] || sentenceInitial(text, tokens, i)) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        return prev.word() && prev.capitalised() && !prev.allCaps() && !titles.isTitleWord(prev)
                && !rules.notNames().contains(prev.norm());
    }

    /** A title word right before {@code i}, also as an abbreviation with its dot ("Mr."). */
    private boolean titleBefore(List<Token> tokens, boolean[] used, int i) {
        int j = i - 1;
        if (titles.abbreviationDotAt(tokens, j)) {
            j--;
        }
        return j >= 0 && !used[j] && titles.isHead(tokens.get(j));
    }

    private void add(String text, List<Token> tokens, boolean[] used, int from, int to, String actor,
                     List<ActorMention> out) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return;
            }
        }
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
