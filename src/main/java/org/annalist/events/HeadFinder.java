package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.text.FineTags;
import org.annalist.text.PosTagger;
import org.annalist.text.Token;

/**
 * Decides which trigger phrases of a sentence head an act. A word like "attack" or "talks" is a
 * verb or a noun depending on its neighbours: a base form is a verb only after "to", a modal, a
 * pronoun or a subject; an -ing form only after "be" or a comma; any form after a determiner is a
 * noun. Verbs head acts unless they are an infinitive under an earlier act; nouns head an act only
 * in a clause without a verb act and with an actor.
 */
final class HeadFinder {

    private static final Set<String> SUBJECT_AUX = Set.of("was", "were", "is", "are", "has", "have", "had", "will", "would");

    private final EventLexicon lexicon;
    private final Cues cues;

    HeadFinder(EventLexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    /** A head and whether it is a verb act (nouns compete less for dates). */
    record Head(TriggerMatch trigger, boolean verb) {
    }

    List<Head> heads(SentenceView v) {
        List<TriggerMatch> verbs = new ArrayList<>();
        List<TriggerMatch> nouns = new ArrayList<>();
        for (TriggerMatch t : v.triggers) {
            Token first = v.tokens.get(t.first());
            if (first.isCapitalized() && t.first() > 0 && v.tokens.get(t.first() - 1).isWord()) {
                continue; // a capitalised word inside a sentence is a name ("Ban Ki-moon")
            }
            boolean verbUse = verbUse(v, t);
            if (!verbUse && t.isVerb() && !(t.length() == 1 && lexicon.isNounTrigger(first.lower()))) {
                continue; // "the besieged city", "Turkish backing": a verb used as a word that is no act noun
            }
            boolean infinitive = verbUse && t.form() == Inflector.Form.BASE && t.first() > 0
                    && v.tokens.get(t.first() - 1).lower().equals("to")
                    && verbs.stream().anyMatch(h -> h.last() < t.first() && v.clause[h.last()] == v.clause[t.first()]);
            if (!infinitive) {
                (verbUse ? verbs : nouns).add(t);
            }
        }
        List<Head> heads = new ArrayList<>();
        verbs.forEach(t -> heads.add(new Head(t, true)));
        for (TriggerMatch n : nouns) {
            int clause = v.clause[n.first()];
            boolean actObject = v.reporting.stream().anyMatch(r -> r < n.first() && r >= n.first() - 4
                    && lexicon.takesActObject(v.tokens.get(r).lower()));
            boolean verbInClause = verbs.stream().anyMatch(h -> v.clause[h.first()] == clause)
                    || (!actObject && v.reporting.stream().anyMatch(r -> v.clause[r] == clause && r < n.first()));
            boolean actorInClause = v.mentions.stream().anyMatch(m -> v.clause[m.first()] == clause && !m.locative())
                    || startsRelative(v, n.first());
            if (!verbInClause && actorInClause) {
                heads.add(new Head(n, false));
            }
        }
        heads.sort((a, b) -> Integer.compare(a.trigger().first(), b.trigger().first()));
        return heads;
    }

    private boolean verbUse(SentenceView v, TriggerMatch t) {
        int p = previous(v, t.first());
        String prev = p < 0 ? "" : v.tokens.get(p).lower();
        if (t.rule().kind() != TriggerRule.Kind.VERB) {
            // an adjective or phrase like "unrealistic" is an act when predicated: "... was unrealistic"
            return t.rule().kind() == TriggerRule.Kind.LITERAL
                    && (cues.beForms.contains(prev) || lexicon.allowsVerbAfter(v.tokens.get(t.first()).lower()));
        }
        boolean mention = endsMention(v, p);
        String tag = v.tagAt(t.first());
        boolean copula = tag != null && FineTags.isFormOfBe(v.tokens.get(t.first()).lower()); // "is ready to": a state
        if (tag != null && (!PosTagger.isVerb(tag) || copula) && !mention) {
            // the tagger reads it as a noun or adjective ("the besieged city"); right after an actor it
            // stays a verb, where the model misreads headline present tense ("the Brotherhood calls on")
            return false;
        }
        if (!mention && (lexicon.forcesNoun(prev) && !prev.equals(",") || (p >= 0 && Character.isDigit(prev.charAt(0))))) {
            return false;
        }
        boolean adjectiveBefore = !mention && lexicon.looksAdjective(prev);
        return switch (t.form()) {
            case BASE -> !adjectiveBefore && (lexicon.allowsVerbAfter(prev) || mention || pluralNoun(v, p));
            case THIRD -> !adjectiveBefore && !prev.equals(",") && !beforeBareVerb(v, t.last())
                    && !(t.last() + 1 < v.tokens.size() && SUBJECT_AUX.contains(v.tokens.get(t.last() + 1).lower()));
            case GERUND -> p < 0 || prev.equals(",") || cues.passiveAuxiliaries.contains(prev)
                    || (t.last() + 1 < v.tokens.size() && v.tokens.get(t.last() + 1).lower().equals("that"));
            case PAST, PARTICIPLE -> !prev.equals("the") && !prev.equals("a") && !prev.equals("an");
        };
    }

    /**
     * "UN estimates suggest": an -s form right before a plain present verb is a plural noun, its
     * subject (two finite verbs do not stand side by side); needs the tags to know the next is a verb.
     */
    private static boolean beforeBareVerb(SentenceView v, int last) {
        if (!PosTagger.isVerb(v.tagAt(last + 1))) {
            return false;
        }
        String next = v.tokens.get(last + 1).lower();
        return !next.endsWith("s") && !next.endsWith("ed") && !next.endsWith("ing") && !next.endsWith("en")
                && Character.isLetter(next.charAt(0));
    }

    private static boolean startsRelative(SentenceView v, int i) {
        for (int k = i; k >= 0 && v.clause[k] == v.clause[i]; k--) {
            String w = v.tokens.get(k).lower();
            if ((w.equals("which") || w.equals("who")) && (k == 0 || v.clause[k - 1] != v.clause[k])) {
                return true;
            }
        }
        return false;
    }

    /** The index of the word before {@code i}, skipping adverbs. */
    private int previous(SentenceView v, int i) {
        int p = i - 1;
        while (p >= 0 && lexicon.isAdverb(v.tokens.get(p).lower())) {
            p--;
        }
        return p;
    }

    private static boolean endsMention(SentenceView v, int p) {
        return p >= 0 && v.endingAt[p] != null;
    }

    /** "rebels reject", "officials agree": a lower-case plural before a base form is its subject. */
    private static boolean pluralNoun(SentenceView v, int p) {
        if (p < 0) {
            return false;
        }
        Token t = v.tokens.get(p);
        String w = t.lower();
        return !t.isCapitalized() && t.isWord() && w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")
                && !w.endsWith("ous") && !w.endsWith("is");
    }
}
