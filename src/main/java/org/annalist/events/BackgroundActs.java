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
    private final Set<String> beliefVerbs;
    private final Set<String> describedGroups;
    private final Set<String> relativeAuxiliaries;
    private final Set<String> riskSubjects;
    private final Set<String> eventPredicates;
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
        beliefVerbs = Set.copyOf(f.beliefVerbs());
        describedGroups = Set.copyOf(f.describedGroups());
        relativeAuxiliaries = Set.copyOf(f.relativeAuxiliaries());
        riskSubjects = Set.copyOf(f.riskSubjects());
        eventPredicates = Set.copyOf(f.eventPredicates());
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
        return chargedAct(v, h) || !verb && commentedEvent(v, h) || verb && (standingPresent(v, h) || earlierBackground(v, h) || nounModifier(v, h)
                || describingRelative(v, h) || riskSubject(v, h));
    }

    /**
     * True when a belief verb ({@code beliefVerbs}: "believe", "fears", "hopes") stands before the act in its
     * stretch of the sentence ("U.S. officials believe Gaddafi ordered the bombing", "Israel fears Egypt will
     * abandon the treaty"): the act is someone's view, not a reported act. Not "hopes to enter" (an intent), "believed
     * in", a noun ("the fear of"), nor across a comma, a colon or a quotation mark.
     */
    boolean believed(SentenceView v, TriggerMatch h) {
        for (int b = h.first() - 1; b >= 0 && b >= h.first() - BELIEF_WINDOW; b--) {
            String w = v.tokens.get(b).lower();
            if (w.equals(",") || w.equals(";") || w.equals(":") || v.quoted[b] != v.quoted[h.first()]) {
                return false;
            }
            if (beliefVerb(v, b)) {
                return true;
            }
        }
        return false;
    }

    /** True when token {@code b} is a belief verb heading a clause: "believe(s) [that] ...", not "hope to", "the fear". */
    boolean beliefVerb(SentenceView v, int b) {
        if (!beliefVerbs.contains(v.tokens.get(b).lower())) {
            return false;
        }
        String next = b + 1 < v.tokens.size() ? v.tokens.get(b + 1).lower() : "";
        String prev = b > 0 ? v.tokens.get(b - 1).lower() : "";
        String tag = v.tagAt(b);
        return !NOT_A_CLAUSE.contains(next) && !NOUN_MARKERS.contains(prev) && (tag == null || PosTagger.isVerb(tag));
    }

    /**
     * An act of a relative clause that describes its noun ("demonstrators who demanded greater freedoms", "the
     * masses of people who have provided the support", "the rebels, who are fighting a civil war"), without a time
     * of its own: the noun is a generic group ({@code describedGroups}), or the clause is in the present ("who are
     * fighting", "which controls"). The relative pronoun is the subject: only auxiliaries stand between it and the verb.
     */
    private boolean describingRelative(SentenceView v, TriggerMatch h) {
        int rel = h.first() - 1;
        while (rel >= 0 && relativeAuxiliaries.contains(v.tokens.get(rel).lower())) {
            rel--;
        }
        if (rel < 1 || !RELATIVES.contains(v.tokens.get(rel).lower()) || timeInClause(v, h.first())) {
            return false;
        }
        String before = v.tokens.get(h.first() - 1).lower();
        boolean present = h.form() == Inflector.Form.THIRD && rel == h.first() - 1
                || h.form() == Inflector.Form.GERUND && (before.equals("is") || before.equals("are") || before.equals("been"));
        int noun = v.tokens.get(rel - 1).lower().equals(",") ? rel - 2 : rel - 1;
        return present || noun >= 0 && describedGroups.contains(v.tokens.get(noun).lower());
    }

    /**
     * An act noun opening its clause whose verb comments on it ({@code eventPredicates}: "The meeting came as ...",
     * "The visit by the envoy reflects a U.S. effort ..."): the sentence places an act told elsewhere, no act of its own.
     */
    private boolean commentedEvent(SentenceView v, TriggerMatch h) {
        int from = v.clauseStart(h.first());
        if (h.first() - from > 2 || v.mentions.stream().anyMatch(m -> m.last() < h.first() && m.first() >= from)) {
            return false; // "NATO's strike came as": its agent named, a told act
        }
        for (int i = h.last() + 1; i < v.tokens.size() && i <= h.last() + PREDICATE_WINDOW; i++) {
            final int at = i;
            String w = v.tokens.get(i).lower();
            if (eventPredicates.contains(w)) {
                return true; // even where the field's dictionary reads a verb in it ("came as")
            }
            if (w.equals(";") || w.equals(":") || v.reporting.contains(i)
                    || v.triggers.stream().anyMatch(t -> t != h && t.first() == at)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A threat whose subject is an event or a state of affairs ({@code riskSubjects}: "the protests threatened to sink
     * Libya into civil war", "violence threatens to drag Egypt into chaos"): a risk told, nobody's threat.
     */
    private boolean riskSubject(SentenceView v, TriggerMatch h) {
        if (h.rule().type() != EventType.THREATEN) {
            return false;
        }
        int s = h.first() - 1;
        while (s >= 0 && relativeAuxiliaries.contains(v.tokens.get(s).lower())) {
            s--;
        }
        return s >= 0 && riskSubjects.contains(v.tokens.get(s).lower());
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
    /** How far before an act its belief verb may stand ("believe the army will soon protect"). */
    private static final int BELIEF_WINDOW = 8;
    /** How far after an act noun its commenting verb may stand ("The visit by X, former deputy chief of ..., reflects"). */
    private static final int PREDICATE_WINDOW = 20;
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");
    /** After a belief verb: no clause follows ("hopes to enter", "believed in", "fear of"). */
    private static final Set<String> NOT_A_CLAUSE = Set.of("to", "in", "of", "for", "about", "so", "it", "him", "them");
    /** Before a belief word: it is a noun ("the fear", "their hopes"). */
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "their", "his", "her", "its", "our", "my",
            "of", "no", "any", "growing", "widespread");
}
