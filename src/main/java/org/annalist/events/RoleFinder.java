package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.text.Token;

/**
 * Finds who acts and on whom around a trigger, from word order alone: the subject is the nearest
 * actor group before the trigger (after "by" for a passive), the target the first actor group after
 * it in the same clause. Groups are mentions joined by "and", commas, titles and names.
 */
final class RoleFinder {

    /** Who and whom; {@code anaphoric} when the subject is a pronoun or "the minister". */
    record Roles(List<String> source, List<String> target, String anaphor, boolean passive) {
        Roles(List<String> source, List<String> target, String anaphor) {
            this(source, target, anaphor, false);
        }

        boolean anaphoric() {
            return anaphor != null;
        }
    }

    private static final int TARGET_WINDOW = 14;
    private final Cues cues;
    /** The rules of {@code roles.json}, read once. */
    static final Rules RULES = org.annalist.text.StrictJson.resource(RoleFinder.class, "roles.json", Rules.class);
    private final Rules rules = RULES;

    /**
     * {@code roles.json}: the verbs whose subject does the act named by their object; topic nouns; the
     * place and conflict nouns after which a state's name can be acted on but does not act
     * ("a Senegalese peace plan", "the Syrian city"); the conjunctions that open another clause's subject.
     */
    record Rules(String comment, Set<String> performativeVerbs, Topics topics, Set<String> targetOnlyHeads,
                 Set<String> subjectConjunctions, WordList quantityNouns, WordList perceptionVerbs,
                 WordList coordinatedPronouns, WordList bodyNouns, GroupBacking groupBacking,
                 WordList reporterVerbs, WordList describedLeaders, WordList stateMedia, WordList objectLinks, WordList ofAgentNouns, WordList otherStateDescriptions,
                 List<Example> examples) {
    }

    /** A sentence for a role rule, with the act's type and the source and target it gives ('-' none); checked by a test. */
    record Example(String text, String published, String type, String source, String target) {
    }

    /**
     * When a state backs a countryless group rather than hosts it (SectorPlacer): the act types whose other
     * party backs the group, the words of support before the group, and the words that may stand between.
     */
    record GroupBacking(String comment, Set<String> types, Set<String> words, Set<String> links) {
    }

    /** A list of words with the reason it exists. */
    record WordList(String comment, Set<String> words) {
    }

    /** Nouns and prepositions after which a name is a topic, not a target. */
    record Topics(String comment, Set<String> nouns, Set<String> prepositions, Meetings meetings) {
    }

    /** Act types after which "on X" / "about X" is the subject talked about. */
    record Meetings(String comment, Set<String> types, Set<String> prepositions) {
    }

    private final PassiveVoice passive;
    private final MentionGroups groups;

    RoleFinder(Cues cues) {
        this.cues = cues;
        this.passive = new PassiveVoice(cues, rules);
        this.groups = new MentionGroups(cues, rules);
    }

    Roles roles(SentenceView v, int first, int last, Inflector.Form form, EventType type, List<Integer> stops) {
        if (passive.isPassive(v, first, last, form)) {
            List<String> agent = agentAfterBy(v, last);
            Roles subject = subject(v, first, cues.passiveSubjectWindow, true);
            return new Roles(agent, subject.source(), null, true);
        }
        Roles subject = subject(v, first, cues.subjectWindow, false);
        List<String> target = new ArrayList<>(targets(v, last, type, stops));
        target.removeAll(subject.source());
        return new Roles(subject.source(), target, subject.anaphor());
    }

    /**
     * The nearest actor group before token {@code before} within its clause (a relative clause
     * reaches back to its antecedent), or an anaphor standing for one.
     */
    Roles subject(SentenceView v, int before, int window, boolean victims) {
        for (int i = before - 1; i >= Math.max(0, before - window); i--) {
            MentionRef m = endingAt(v, i);
            if (m != null && !victims && afterBy(v, m)) {
                i = m.first(); // "rebel fighters, aided by NATO airstrikes, have been fighting": the agent of a modifier is no subject
                continue;
            }
            if (m != null && !m.locative() && (victims || !m.victim())) {
                return new Roles(groups.group(v, m, -1), List.of(), null);
            }
            if (m == null && before - i <= 6 && !v.quoted[i] && cues.anaphors.endsAt(v.tokens, i)
                    && (i == 0 || !cues.anaphors.endsAt(v.tokens, i - 1))) {
                MentionRef opening = v.tokens.get(i).lower().equals("it") ? openingSubject(v, i) : null;
                if (opening != null) {
                    return new Roles(groups.group(v, opening, +1), List.of(), null); // "Germany stays out, though it supports ...": Germany
                }
                return new Roles(List.of(), List.of(), v.tokens.get(i).lower());
            }
            String w = v.tokens.get(i).lower();
            if (v.reporting.contains(i)) {
                break; // "X said air strikes killed": X is not who killed
            }
            if (w.equals("that") && before - i <= 3) {
                break; // "a ceasefire that would allow": the subject is the noun before, no actor
            }
            if (i > 0 && v.clause[i] != v.clause[i - 1] && !cues.relativePronouns.contains(w)) {
                int rel = w.equals(",") ? v.relativeStart(v.clause[i - 1], cues) : -1;
                if (rel < 0) {
                    break; // the start of this clause, and no relative clause to step over
                }
                i = rel; // "The Turkish army, which ..., said": step back to the antecedent
            }
        }
        return new Roles(List.of(), List.of(), null);
    }

    /** Whether {@code m} follows a comma, a passive participle and "by" (", aided by NATO", ", backed by the Libyan army"). */
    private static boolean afterBy(SentenceView v, MentionRef m) {
        int b = m.first() - 1;
        b -= b >= 0 && v.tokens.get(b).lower().equals("the") ? 1 : 0;
        if (b < 1 || !v.tokens.get(b).lower().equals("by")) {
            return false;
        }
        String p = v.tokens.get(b - 1).lower();
        boolean parenthetical = b >= 2 && v.tokens.get(b - 2).lower().equals(","); // ", aided by ...": not "felt betrayed by"
        return parenthetical && (p.endsWith("ed") || p.endsWith("en") || "VBN".equals(v.tagAt(b - 1)));
    }

    /**
     * The actor that opens the sentence as its subject (no more than "the" or a comma before it; not a
     * place, a person or a victim), when it stands before token {@code i}: "it" later in the sentence
     * stands for that state or organisation rather than for the last actor of earlier sentences.
     */
    private static MentionRef openingSubject(SentenceView v, int i) {
        MentionRef first = null;
        for (MentionRef m : v.mentions) {
            first = first == null || m.first() < first.first() ? m : first;
        }
        if (first == null || first.last() >= i || first.locative() || first.victim() || first.mention().person()) {
            return null;
        }
        for (int k = 0; k < first.first(); k++) {
            if (!v.tokens.get(k).lower().equals("the") && v.tokens.get(k).isWord()) {
                return null;
            }
        }
        return first;
    }

    Roles subject(SentenceView v, int before) {
        return subject(v, before, cues.subjectWindow, false);
    }

    /**
     * Who does an act named by a noun: an actor right before it ("Turkish air strikes", "Turkey's
     * attack"); in a relative clause, the antecedent ("the army, which launched an attack").
     */
    List<String> nounAgent(SentenceView v, int first) {
        for (int i = first - 1; i >= Math.max(0, first - 4); i--) {
            String w = v.tokens.get(i).lower();
            if (rules.performativeVerbs().contains(w) && v.clause[i] == v.clause[first]) {
                return subject(v, i).source(); // "Italy announced a suspension of air links": Italy suspends
            }
            if (v.clause[i] != v.clause[first] || v.reporting.contains(i) || (w.endsWith("ed") && !v.tokens.get(i).isCapitalized())) {
                break; // "Ban called the shelling": a verb stands between, the name is no agent of the noun
            }
            MentionRef m = endingAt(v, i);
            if (m != null && !m.locative() && !m.victim()) {
                return groups.group(v, m, -1);
            }
        }
        int rel = v.relativeStart(v.clause[first], cues);
        List<String> antecedent = rel < 0 ? List.of() : subject(v, rel + 1).source();
        return antecedent.isEmpty() ? passiveAgentOfNoun(v, first) : antecedent;
    }

    /** "Rescues are being performed by Australian troops": the agent of the noun is after "by". */
    private List<String> passiveAgentOfNoun(SentenceView v, int noun) {
        for (int i = noun + 1; i < Math.min(v.tokens.size() - 1, noun + 6); i++) {
            String w = v.tokens.get(i).lower();
            if (v.clause[i] != v.clause[noun]) {
                break;
            }
            if (cues.passiveAuxiliaries.contains(w)) {
                for (int j = i + 1; j < Math.min(v.tokens.size(), i + 4); j++) {
                    if ((v.tokens.get(j).lower().endsWith("ed") || v.tokens.get(j).lower().endsWith("en"))
                            && j + 1 < v.tokens.size() && v.tokens.get(j + 1).lower().equals("by")) {
                        return agentAfterBy(v, j);
                    }
                }
            }
        }
        return List.of();
    }

    /** Actors of the first group after {@code last}, up to a clause break or the next act. */
    List<String> targets(SentenceView v, int last, EventType type, List<Integer> stops) {
        int end = Math.min(v.tokens.size(), last + 1 + TARGET_WINDOW);
        for (int stop : stops) {
            if (stop > last && stop < end && !passable(v, last, stop)) {
                end = stop;
            }
        }
        for (int i = last + 1; i < end; i++) {
            if (i > last + 2 && v.clause[i] != v.clause[last]) {
                break;
            }
            MentionRef m = startingAt(v, i);
            if (m == null && stateMedia(v, i)) {
                return List.of(); // "stormed state television in Tripoli": the state's media, not the place (describedTarget)
            }
            if (m != null && reportsAfter(v, m)) {
                break; // "..., the United Nations said", "..., Ban Ki-moon has estimated": the speaker, not a target
            }
            if (m != null && opensClause(v, m)) {
                break; // "pounded Misrata as France and Britain called for ...": the subject of another clause
            }
            if (m != null && (topic(v, i) || meetingTopic(v, i, type))) {
                i = m.last(); // "received information on Egypt from his adviser": Egypt is spoken of
                continue;
            }
            if (m != null && (!m.locative() || cues.locativeTargetTypes.contains(type))) {
                return groups.group(v, m, +1);
            }
        }
        return List.of();
    }

    /**
     * Whether the act found at {@code stop} is part of the object of the act ending at {@code last}, so the
     * target search goes on past it: a noun or adjective that modifies the actor named right after it
     * ("clashed with state security forces"), or an act noun reached from the act over link words only
     * ({@code roles.json} {@code objectLinks}: "expressed satisfaction over the announcement of Mubarak's
     * resignation": Mubarak is the other party).
     */
    private boolean passable(SentenceView v, int last, int stop) {
        String tag = v.tagAt(stop);
        boolean nominal = tag != null && (tag.startsWith("NN") || tag.startsWith("JJ"));
        if (nominal && stop + 1 < v.tokens.size() && startingAt(v, stop + 1) != null && !v.tokens.get(stop).isCapitalized()) {
            return true;
        }
        boolean noun = v.triggers.stream().anyMatch(t -> t.first() == stop && !t.isVerb());
        if (!noun || stop + 1 >= v.tokens.size() || !rules.objectLinks().words().contains(v.tokens.get(stop + 1).lower())) {
            return false; // "the announcement of ...": only an act noun with its own "of" phrase
        }
        for (int i = last + 1; i < stop; i++) {
            if (!rules.objectLinks().words().contains(v.tokens.get(i).lower()) && !"JJ".equals(v.tagAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a reporting verb follows {@code m}, after auxiliaries ("has estimated", {@code roles.json} {@code reporterVerbs} too). */
    private boolean reportsAfter(SentenceView v, MentionRef m) {
        int j = m.last() + 1;
        while (j < v.tokens.size() && j <= m.last() + 2 && AUXILIARIES.contains(v.tokens.get(j).lower())) {
            j++;
        }
        return j < v.tokens.size() && (v.reporting.contains(j) || rules.reporterVerbs().words().contains(v.tokens.get(j).lower()));
    }

    /** Whether {@code m} is the subject after a conjunction ("as", "while"): a trigger follows its group. */
    private boolean opensClause(SentenceView v, MentionRef m) {
        int c = m.first() - 1;
        c -= c >= 0 && v.tokens.get(c).lower().equals("the") ? 1 : 0;
        if (c < 0 || !rules.subjectConjunctions().contains(v.tokens.get(c).lower())) {
            return false;
        }
        MentionRef end = m;
        for (MentionRef next = MentionGroups.neighbour(v, end, +1); next != null && groups.joinable(v, end.last() + 1, next.first()); next = MentionGroups.neighbour(v, end, +1)) {
            end = next;
        }
        int after = end.last() + 1;
        for (TriggerMatch t : v.triggers) {
            if (t.first() >= after && t.first() <= after + 2) {
                return true;
            }
        }
        return v.reporting.stream().anyMatch(r -> r >= after && r <= after + 2);
    }

    /** Whether the mention starting at {@code i} is what a meeting is about: "met with his advisers on (the) Egypt". */
    private boolean meetingTopic(SentenceView v, int i, EventType type) {
        int p = i - 1;
        if (p >= 0 && v.tokens.get(p).lower().equals("the")) {
            p--;
        }
        return p >= 0 && type != null && rules.topics().meetings().types().contains(type.id())
                && rules.topics().meetings().prepositions().contains(v.tokens.get(p).lower());
    }

    /** Whether the mention starting at {@code i} follows "information on", "a report about (the)". */
    private boolean topic(SentenceView v, int i) {
        int p = i - 1;
        if (p >= 0 && v.tokens.get(p).lower().equals("the")) {
            p--;
        }
        return p >= 1 && rules.topics().prepositions().contains(v.tokens.get(p).lower())
                && rules.topics().nouns().contains(v.tokens.get(p - 1).lower());
    }

    /**
     * The organisation an envoy of the sentence is accredited to, as the other party of a
     * diplomatic act of the envoy's state that names none ("Russian U.N. Ambassador Vitaly Churkin
     * said Moscow was engaged in discussions": Russia consults at the UN). Material acts happen in
     * places, not at an organisation's table: they get none.
     */
    List<String> venue(SentenceView v, List<String> source, EventType type) {
        if (source.isEmpty() || cues.locativeTargetTypes.contains(type)) {
            return List.of();
        }
        for (MentionRef m : v.mentions) {
            String venue = m.mention().venue();
            if (venue != null && source.contains(m.actorId()) && !source.contains(venue)) {
                return List.of(venue);
            }
        }
        return List.of();
    }

    /**
     * "criticised the government", "called on the authorities": a definite description of a state
     * after the act, in its clause and before any actor, stands for the state last named
     * (not "the government of X", which names X). "called on the president to resign": a leader's title
     * ({@code roles.json} {@code describedLeaders}) stands for the actor last named with that title;
     * "attacked state television" ({@code stateMedia}): the state's own media are the state.
     */
    List<String> describedTarget(SentenceView v, int last, List<Integer> stops, Discourse discourse, List<String> source) {
        if (stateMedia(v, last + 1)) {
            return discourse.stateBefore(v, last + 1); // before the stops: "state" may be read as a verb's trigger
        }
        int end = Math.min(v.tokens.size() - 1, last + 1 + TARGET_WINDOW);
        for (int stop : stops) {
            end = stop > last && stop < end ? stop : end;
        }
        for (int i = last + 1; i < end; i++) {
            if (v.clause[i] != v.clause[last] || startingAt(v, i) != null || i > last + 1 && startingAt(v, i - 1) != null) {
                break;
            }
            String w = v.tokens.get(i).lower();
            boolean ofName = i + 2 < v.tokens.size() && v.tokens.get(i + 1).lower().equals("of")
                    && startingAt(v, i + 2) != null; // "the government of Syria" names Syria
            boolean the = v.tokens.get(i - 1).lower().equals("the") && !ofName && !v.quoted[i];
            String next = v.tokens.get(i + 1).lower();
            if (the && discourse.isStateDescription(w)) {
                boolean other = rules.otherStateDescriptions().words().contains(w) && !next.startsWith("'") && !next.startsWith("\u2019");
                // "Obama criticized the regime": another state than his own; "France defended the country's actions": its own
                return other ? discourse.otherStateBefore(v, i, source) : discourse.stateBefore(v, i);
            }
            if (the && rules.describedLeaders().words().contains(w) && !v.tokens.get(i + 1).isCapitalized()
                    && !next.startsWith("'") && !next.startsWith("\u2019")) { // not "kiss the leader's image"
                List<String> leader = discourse.titled(w); // "the president" after "President Hosni Mubarak"
                if (!leader.isEmpty()) {
                    return leader;
                }
            }
            if (stateMedia(v, i)) {
                return discourse.stateBefore(v, i);
            }
        }
        return List.of();
    }

    /** Whether token {@code i} opens "state television", "state media" ({@code roles.json} {@code stateMedia}). */
    private boolean stateMedia(SentenceView v, int i) {
        return i + 1 < v.tokens.size() && v.tokens.get(i).lower().equals("state") && !v.quoted[i]
                && rules.stateMedia().words().contains(v.tokens.get(i + 1).lower());
    }

    /** Words that may stand between a speaker and the reporting verb ("Rebels have also said"). */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("has", "have", "had", "also", "will", "would",
            "later", "then", "again", "previously", "earlier", "is", "was", "were", "are");

    /**
     * Whether the speaker of reporting verb {@code r} is someone the catalog does not know: a word
     * that is no actor, pronoun or punctuation ("Abdel Jalil told reporters he ...", "Rebels have said
     * they ..."). Pronouns after such a speaker stand for that speaker, not for an earlier actor.
     */
    boolean unknownSpeaker(SentenceView v, int r) {
        int i = speakerIndex(v, r);
        if (i < 0 || endingAt(v, i) != null || v.quoted[i]) {
            return false;
        }
        Token t = v.tokens.get(i);
        String w = t.lower();
        return t.isWord() && !cues.functionWords.contains(w) && !cues.anaphors.endsAt(v.tokens, i)
                && !cues.relativePronouns.contains(w) && Character.isLetter(w.charAt(0));
    }

    /** Like {@link #unknownSpeaker}, and the speaker is a capitalised name inside the sentence ("Mohamed Fathi said"). */
    boolean unknownNamedSpeaker(SentenceView v, int r) {
        int i = speakerIndex(v, r);
        return unknownSpeaker(v, r) && v.tokens.get(i).isCapitalized()
                && (i > 0 && v.tokens.get(i - 1).isCapitalized() && v.tokens.get(i - 1).isWord() || i > 1);
    }

    private int speakerIndex(SentenceView v, int r) {
        int i = r - 1;
        while (i >= 0 && (AUXILIARIES.contains(v.tokens.get(i).lower()) || v.tokens.get(i).lower().endsWith("ly"))) {
            i--;
        }
        return i;
    }

    private List<String> agentAfterBy(SentenceView v, int last) {
        for (int i = last + 1; i < Math.min(v.tokens.size(), last + 5); i++) {
            if (v.tokens.get(i).lower().equals("by")) {
                for (int j = i + 1; j < Math.min(v.tokens.size(), i + 5); j++) {
                    MentionRef m = startingAt(v, j);
                    int p = v.tokens.get(j - 1).lower().equals("the") ? j - 2 : j - 1;
                    if (m != null && m.locative() && !v.tokens.get(p).lower().equals("from")) {
                        return List.of(); // "killed by coalition aircraft in Libya": an unknown agent, Libya is where
                    }
                    if (m != null) {
                        return groups.group(v, m, +1);
                    }
                }
            }
        }
        return List.of();
    }

    private static MentionRef endingAt(SentenceView v, int i) {
        return v.endingAt[i];
    }

    private static MentionRef startingAt(SentenceView v, int i) {
        return v.startingAt[i];
    }
}
