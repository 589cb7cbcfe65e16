package org.annalist.events;

import java.util.List;
import java.util.Set;
import org.annalist.text.PosTagger;
import org.annalist.text.StrictJson;

/**
 * Acts a sentence names without asserting them as acts of a day (issue 10, sixth pass): a standing state told in
 * the simple present ("the constitution allows ...", "snipers control the hospital"), the charges listed in a
 * charge ("accused of ordering the killing of protesters"), background told with "previously"/"once", and an act
 * verb modifying a noun inside a noun group ("atrocities committed against civilians", "protests demanding ...").
 * Every word list is in {@code background.json}.
 */
final class BackgroundActs {

    private final Set<String> institutionalSubjects;
    private final Set<String> stativePresents;
    private final Set<String> chargeWords;
    private final Set<String> chargePrepositions;
    private final Set<String> backgroundAdverbs;
    private final Set<String> modifierFollowers;
    private final Set<String> perceptionVerbs;
    private final Set<String> subjectOpeners;
    private final PosTagger tagger = PosTagger.standard().loaded();
    /** The examples of {@code background.json}, for the test that checks them. */
    final List<CuesFile.Example> examples;

    private BackgroundActs(BackgroundFile f) {
        institutionalSubjects = Set.copyOf(f.institutionalSubjects());
        stativePresents = Set.copyOf(f.stativePresents());
        chargeWords = Set.copyOf(f.chargeWords());
        chargePrepositions = Set.copyOf(f.chargePrepositions());
        backgroundAdverbs = Set.copyOf(f.backgroundAdverbs());
        modifierFollowers = Set.copyOf(f.modifierFollowers());
        perceptionVerbs = Set.copyOf(f.perceptionVerbs());
        subjectOpeners = Set.copyOf(f.subjectOpeners());
        examples = List.copyOf(f.examples());
    }

    private static final class Holder {
        static final BackgroundActs STANDARD = new BackgroundActs(
                StrictJson.resource(BackgroundActs.class, "background.json", BackgroundFile.class));
    }

    /** The built-in resource, loaded once and shared (immutable). */
    static BackgroundActs standard() {
        return Holder.STANDARD;
    }

    /** Rules from a JSON text, read as strictly as the resource (for tests of the binding). */
    static BackgroundActs parse(String json) throws java.io.IOException {
        return new BackgroundActs(StrictJson.read(json, BackgroundFile.class));
    }

    /** True when the trigger at {@code h} names an act without asserting it as an act of a day. */
    boolean notAnAct(SentenceView v, TriggerMatch h, boolean verb) {
        return chargedAct(v, h) || verb && (standingPresent(v, h) || earlierBackground(v, h) || nounModifier(v, h));
    }

    /**
     * A simple present (-s form, or a base form tagged VBP) without a time expression in its clause, whose subject
     * is an institution's text ("the constitution allows", "Resolution 1973 authorizes") or whose verb is stative
     * ("snipers control access to the hospital", "rebels want to resume exports"): a standing state, no act.
     */
    private boolean standingPresent(SentenceView v, TriggerMatch h) {
        int at = h.first();
        String tag = v.tagAt(at);
        int s = at - 1;
        while (s >= 0 && (v.tokens.get(s).lower().endsWith("ly") || v.tokens.get(s).lower().matches("\\d+|also|still|now"))) {
            s--; // "Resolution 1973 also authorizes", "rebels still control"
        }
        // the tagger gives coarse tags (VB, NN): a base form is a present after a noun subject, not after "to" or a modal
        boolean simplePresent = h.form() == Inflector.Form.THIRD && (tag == null || PosTagger.isVerb(tag))
                || h.form() == Inflector.Form.BASE && PosTagger.isVerb(tag) && s >= 0
                && (v.tagAt(s) != null && v.tagAt(s).startsWith("NN") || v.tokens.get(s).lower().equals("they"));
        if (!simplePresent || timeInClause(v, at) || v.span.start() == 0) {
            return false; // a headline tells its news in the present ("EU bans arms sales to Libya")
        }
        return stativePresents.contains(v.tokens.get(at).lower())
                || s >= 0 && institutionalSubjects.contains(v.tokens.get(s).lower());
    }

    /**
     * An act named after a charge ("charged with inciting violence, killing protesters and abusing power", "accused
     * him of ordering the killing of protesters", "on charges including murder"): an allegation inside the charge,
     * the charging being the act. A gerund or an act noun after a charge word and its preposition, with only a
     * list's words between.
     */
    private boolean chargedAct(SentenceView v, TriggerMatch h) {
        if (h.form() != null && h.form() != Inflector.Form.GERUND) {
            return false; // a finite verb after the list is the sentence's own act
        }
        for (int j = h.first() - 1; j >= 0 && j >= h.first() - LIST_WINDOW; j--) {
            String w = v.tokens.get(j).lower();
            if (w.equals(";") || w.equals(":") || v.reporting.contains(j) || finiteTriggerAt(v, j, h)) {
                return false;
            }
            if (chargePrepositions.contains(w)) {
                for (int c = j - 1; c >= 0 && c >= j - CHARGE_WINDOW; c--) {
                    if (chargeWords.contains(v.tokens.get(c).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean finiteTriggerAt(SentenceView v, int j, TriggerMatch h) {
        for (TriggerMatch t : v.triggers) {
            if (t != h && t.first() <= j && j <= t.last() && t.form() != null && t.form() != Inflector.Form.GERUND) {
                return true;
            }
        }
        return false;
    }

    /** "had previously worked with", "the town they once controlled": a past act told as background, without a time. */
    private boolean earlierBackground(SentenceView v, TriggerMatch h) {
        if (h.form() != Inflector.Form.PAST && h.form() != Inflector.Form.PARTICIPLE || timeInClause(v, h.first())) {
            return false;
        }
        int b = h.first() - 1;
        return b >= 0 && backgroundAdverbs.contains(v.tokens.get(b).lower());
    }

    /**
     * An act verb modifying the noun before it, inside a noun group: a past participle followed by a preposition
     * ("gather evidence of atrocities committed against civilians", "enforcing a no-fly zone ordered by the UN")
     * in a noun group that is not the clause's subject, or a present participle ("the demonstrations threatening
     * the regime"). Not after a verb of seeing ("saw soldiers beating protesters" reports a witnessed act).
     */
    private boolean nounModifier(SentenceView v, TriggerMatch h) {
        int at = h.first();
        String nounTag = v.tagAt(at - 1);
        if (at == 0 || nounTag == null || !nounTag.startsWith("NN") || !v.tokens.get(at - 1).isWord()
                || v.tokens.get(at - 1).isCapitalized() || !PosTagger.isVerb(v.tagAt(at)) || seen(v, at)) {
            return false;
        }
        if (h.form() == Inflector.Form.GERUND) {
            return true; // "a NATO strike targeting the home of ...": a present participle after a noun modifies it
        }
        String next = at + 1 < v.tokens.size() ? v.tokens.get(at + 1).lower() : ".";
        if (h.form() != Inflector.Form.PAST && h.form() != Inflector.Form.PARTICIPLE || !modifierFollowers.contains(next)) {
            return false; // "troops killed two civilians": a past tense with its object
        }
        // the tags do not tell a participle from a past tense: the clause must have its own verb before the noun
        // group ("gather evidence of atrocities committed against"), not "thousands of protesters gathered in"
        int from = v.clauseStart(at);
        if (at - 1 - from < 2) {
            return false;
        }
        String[] tags = tagger.tags(v.tokens.subList(from, at + 1)); // the noun and the verb give the tagger context
        for (int k = at - 2; k > from; k--) { // a clause's first word is no verb before a noun group
            String w = v.tokens.get(k).lower();
            if (subjectOpeners.contains(w) || v.reporting.contains(k)) {
                return false; // "said the troops attacked on Friday", "and the army fired on them": a subject
            }
            String tag = tags[k - from];
            if (PosTagger.isVerb(tag) || "MD".equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private boolean seen(SentenceView v, int at) {
        for (int k = at - 1; k >= 0 && k >= at - PERCEPTION_WINDOW; k--) {
            if (perceptionVerbs.contains(v.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean timeInClause(SentenceView v, int at) {
        return v.timexes.stream().anyMatch(t -> v.clause[v.tokenAt(t.span().start())] == v.clause[at]);
    }

    /** How far before an act the preposition of a charge may stand (a list of charged acts). */
    private static final int LIST_WINDOW = 12;
    /** How far before its preposition a charge word stands ("accused the former minister of"). */
    private static final int CHARGE_WINDOW = 5;
    private static final int PERCEPTION_WINDOW = 5;
}
