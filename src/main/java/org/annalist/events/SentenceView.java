package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import org.annalist.actors.ActorMention;
import org.annalist.text.FineTags;
import org.annalist.text.PosTagger;
import org.annalist.text.Span;
import org.annalist.text.Token;
import org.annalist.time.TimeExpression;

/**
 * One sentence prepared for extraction: its tokens, which of them are quoted, the clause each
 * belongs to, the actor mentions that can fill a role, its trigger phrases and reporting verbs.
 */
final class SentenceView {

    final Span span;
    final List<Token> tokens;
    final boolean[] quoted;
    final int[] clause;
    /** {@code commas[i]}: the commas among tokens {@code [0, i)}, so a distance costs O(1). */
    final int[] commas;
    /** The sentence asks rather than states (ends with "?"): it asserts no act. */
    final boolean question;
    final List<MentionRef> mentions = new ArrayList<>();
    final List<TriggerMatch> triggers = new ArrayList<>();
    final List<Integer> reporting = new ArrayList<>();
    final List<TimeExpression> timexes;
    /** The mention whose last (first) token is at each index, or null. */
    final MentionRef[] endingAt;
    final MentionRef[] startingAt;
    /** Penn part-of-speech tags of the words whose sense was asked (others null), or null when the sentence was not tagged. */
    String[] tags;

    SentenceView(Span span, List<Token> tokens, List<ActorMention> sentenceMentions,
                 List<TimeExpression> timexes, boolean startsQuoted, EventLexicon lexicon, Cues cues) {
        this.span = span;
        this.tokens = tokens;
        this.timexes = timexes;
        this.quoted = quotes(tokens, startsQuoted);
        this.clause = clauses(tokens, cues);
        this.question = endsWithQuestionMark(tokens);
        this.commas = new int[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            commas[i + 1] = commas[i] + (tokens.get(i).text().equals(",") ? 1 : 0);
        }
        for (ActorMention m : sentenceMentions) {
            place(m, cues);
        }
        int n = tokens.size();
        endingAt = new MentionRef[n];
        startingAt = new MentionRef[n];
        boolean[] inMention = new boolean[n];
        for (MentionRef m : mentions) {
            endingAt[m.last()] = m;
            startingAt[m.first()] = m;
            for (int i = m.first(); i <= m.last(); i++) {
                inMention[i] = true;
            }
        }
        boolean[] inTrigger = new boolean[n];
        for (TriggerMatch t : lexicon.find(tokens)) {
            if (!quoted[t.first()] && !inMention[t.first()]) {
                triggers.add(t);
                for (int i = t.first(); i <= t.last(); i++) {
                    inTrigger[i] = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!quoted[i] && !inTrigger[i] && !inMention[i] && lexicon.reportingForm(tokens.get(i)) != null) {
                reporting.add(i);
            }
        }
    }

    /** Whether {@code m} only qualifies a place or conflict noun ("near the Tunisian border"). */
    boolean qualifier(MentionRef m, Cues cues) {
        return m.last() + 1 < tokens.size() && cues.nonAgentHeads.contains(tokens.get(m.last() + 1).lower());
    }

    /** Mentions that only qualify a place or conflict noun ("the Syrian city"): they alone hold no act. */
    private int qualifiers;

    /** True when a role could be filled here: an actor mention outside quotations (not only "the Syrian city"). */
    boolean canHoldAct() {
        return mentions.size() > qualifiers;
    }

    /** Tokens tagged on each side of a word whose sense is asked: the tagger's features reach two words each way. */
    private static final int TAG_WINDOW = 2;

    /**
     * Tags the words whose verb or noun sense matters, each with a few words of context (tagging a
     * whole article would cost several times the rest of the pipeline): the first words of the
     * lexicon's verb triggers and the verbs that the field's CAMEO dictionary codes as an act in
     * their clause, confirmed by a pattern word. Those the tagger reads as verbs and the lexicon
     * does not know become triggers.
     */
    void tag(PosTagger tagger, CameoDictionary cameo, EventLexicon lexicon, Cues cues) {
        int n = tokens.size();
        boolean[] taken = new boolean[n];
        boolean[] asked = new boolean[n];
        for (TriggerMatch t : triggers) {
            for (int i = t.first(); i <= t.last(); i++) {
                taken[i] = true;
            }
            asked[t.first()] = t.isVerb();
        }
        for (MentionRef m : mentions) {
            for (int i = m.first(); i <= m.last(); i++) {
                taken[i] = true;
            }
        }
        reporting.forEach(r -> taken[r] = true);
        List<CameoDictionary.Match> found = new ArrayList<>(java.util.Collections.nCopies(n, null));
        for (int i = 0; i < n; i++) {
            if (taken[i] || quoted[i] || !cameo.isVerbForm(tokens.get(i).lower())
                    || cues.attribution.endsAt(tokens, i) || cues.attribution.endsAt(tokens, Math.min(i + 1, n - 1))
                    || lexicon.startsNonAct(tokens, i)) { // "asked whether": a question, no act
                continue; // "according to" names a source of news, not an act
            }
            CameoDictionary.Match m = cameo.code(tokens, i, clauseStart(i), clauseEnd(i));
            // the verb alone is too weak a sign ("called", "considered"): a pattern word must confirm it
            if (m != null && m.words() > 0 && m.type() != EventType.STATEMENT) {
                found.set(i, m);
                asked[i] = true;
            }
        }
        tags = new String[n];
        int i = 0;
        while (i < n) {
            if (!asked[i]) {
                i++;
                continue;
            }
            int from = Math.max(0, i - TAG_WINDOW);
            int to = Math.min(n, i + TAG_WINDOW + 1);
            for (int j = i + 1; j < n && j - TAG_WINDOW <= to; j++) { // overlapping windows are tagged as one
                if (asked[j]) {
                    to = Math.min(n, j + TAG_WINDOW + 1);
                }
            }
            String[] window = tagger.tags(tokens.subList(from, to));
            System.arraycopy(window, 0, tags, from, to - from);
            i = to;
        }
        boolean added = false;
        for (i = 0; i < n; i++) {
            CameoDictionary.Match m = found.get(i);
            if (m != null && PosTagger.isVerb(tags[i]) && !FineTags.isFormOfBe(tokens.get(i).lower())) { // "is ready to": no act
                String lemma = m.lemma().split(" ")[0];
                TriggerRule rule = new TriggerRule(lemma, m.type(), lexicon.toneOf(m.type()), TriggerRule.Kind.VERB);
                triggers.add(new TriggerMatch(i, i, rule, formOf(tokens.get(i).lower(), i)));
                added = true;
            }
        }
        if (added) {
            triggers.sort((a, b) -> Integer.compare(a.first(), b.first()));
        }
    }

    /** The part-of-speech tag of token {@code i}, or null when it was not tagged. */
    String tagAt(int i) {
        return tags == null || i < 0 || i >= tags.length ? null : tags[i];
    }

    /** The verb form by its ending, a past form after "has/was" being the participle. */
    private Inflector.Form formOf(String w, int i) {
        if (w.endsWith("ing")) {
            return Inflector.Form.GERUND;
        }
        if (w.endsWith("ed")) {
            return i > 0 && (tokens.get(i - 1).lower().startsWith("ha") || tokens.get(i - 1).lower().startsWith("w")
                    || tokens.get(i - 1).lower().startsWith("be")) ? Inflector.Form.PARTICIPLE : Inflector.Form.PAST;
        }
        return w.endsWith("s") && !w.endsWith("ss") ? Inflector.Form.THIRD : Inflector.Form.BASE;
    }

    int clauseStart(int i) {
        int k = i;
        while (k > 0 && clause[k - 1] == clause[i]) {
            k--;
        }
        return k;
    }

    /** One past the last token of the clause of {@code i}. */
    int clauseEnd(int i) {
        int k = i;
        while (k + 1 < tokens.size() && clause[k + 1] == clause[i]) {
            k++;
        }
        return k + 1;
    }

    private void place(ActorMention m, Cues cues) {
        int first = -1;
        int last = -1;
        for (int i = tokenAt(m.span().start()); i < tokens.size() && tokens.get(i).start() < m.span().end(); i++) {
            if (tokens.get(i).end() > m.span().start()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || quoted[first]) {
            return;
        }
        // "a Turkey-based analyst", "a U.S.-made missile": the name only qualifies a word
        String rest = tokens.get(last).end() > m.span().end() ? tokens.get(last).lower()
                .substring(Math.min(tokens.get(last).lower().length(), m.span().end() - tokens.get(last).start())) : "";
        if (rest.startsWith("-") && cues.compoundModifiers.contains(rest.substring(1))) {
            return;
        }
        // a demonym before a non-agent noun ("Syrian refugees", "the Syrian city") names no actor;
        // before a place or conflict noun it can still be acted on ("rejected a Senegalese peace plan")
        boolean qualifier = last + 1 < tokens.size() && cues.nonAgentHeads.contains(tokens.get(last + 1).lower());
        if (qualifier && !RoleFinder.RULES.targetOnlyHeads().contains(tokens.get(last + 1).lower())) {
            return;
        }
        int before = first - 1;
        while (before >= 0 && isFiller(tokens.get(before), cues)) {
            before--;
        }
        // "the government of Syria", "the president of France": "of" after a title names who, not where
        boolean ofTitle = before > 0 && tokens.get(before).lower().equals("of") && cues.titles.contains(tokens.get(before - 1).lower());
        // "an official in Iran": a bare title before "in" is that state's (not "the British ambassador in Tripoli")
        int titleAt = before - 1;
        ofTitle |= before > 0 && tokens.get(before).lower().equals("in") && cues.titles.contains(tokens.get(titleAt).lower())
                && mentions.stream().noneMatch(x -> x.last() == titleAt);
        // "the announcement of Mubarak's resignation": "of" after an act or a body's noun names whose, not where
        ofTitle |= before > 0 && tokens.get(before).lower().equals("of")
                && RoleFinder.RULES.ofAgentNouns().words().contains(tokens.get(before - 1).lower());
        // "Thousands of demonstrators": "of" after a quantity heads the group, it names no place
        boolean quantity = before > 0 && tokens.get(before).lower().equals("of")
                && RoleFinder.RULES.quantityNouns().words().contains(tokens.get(before - 1).lower());
        boolean locative = before >= 0 && !ofTitle && !quantity && (cues.locative.contains(tokens.get(before).lower())
                || cues.attribution.endsAt(tokens, before)); // "according to the Observatory" names a source of news
        boolean victim = qualifier || last + 1 < tokens.size() && cues.peopleHeads.contains(tokens.get(last + 1).lower());
        qualifiers += qualifier ? 1 : 0;
        mentions.add(new MentionRef(m, first, last, locative, victim));
    }

    private static boolean endsWithQuestionMark(List<Token> tokens) {
        int i = tokens.size() - 1;
        while (i >= 0 && !tokens.get(i).isWord() && !tokens.get(i).text().equals("?")) {
            i--; // closing quotes and brackets
        }
        return i >= 0 && tokens.get(i).text().equals("?");
    }

    /** Articles and place modifiers between a preposition and a name: "in the capital Ankara". */
    private static boolean isFiller(Token t, Cues cues) {
        return t.lower().equals("the") || cues.placeModifiers.contains(t.lower());
    }

    private static boolean[] quotes(List<Token> tokens, boolean startsQuoted) {
        boolean[] q = new boolean[tokens.size()];
        boolean open = startsQuoted;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            boolean mark = t.equals("\"") || t.equals("\u201c") || t.equals("\u201d");
            if (mark) {
                open = t.equals("\u201c") || (!t.equals("\u201d") && !open);
            }
            q[i] = open || mark;
        }
        return q;
    }

    /** Clause ids: a break word starts a new clause; a comma closes a relative clause ("which ..., said"). */
    private static int[] clauses(List<Token> tokens, Cues cues) {
        int[] c = new int[tokens.size()];
        int id = 0;
        boolean relative = false;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            if (i > 0 && (cues.clauseBreaks.contains(w) || (relative && w.equals(",")))) {
                id++;
                relative = cues.relativePronouns.contains(w);
            }
            c[i] = id;
        }
        return c;
    }

    /** The index of the relative pronoun opening clause {@code id}, or -1 when that clause is not relative. */
    int relativeStart(int id, Cues cues) {
        for (int i = 0; i < tokens.size(); i++) {
            if (clause[i] == id) {
                return cues.relativePronouns.contains(tokens.get(i).lower()) ? i : -1;
            }
        }
        return -1;
    }

    /** Index of the token covering or following character {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) { // first token ending after offset
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return Math.max(0, lo);
    }
}
