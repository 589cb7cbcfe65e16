package org.annalist.events;

import java.util.List;
import java.util.Set;
import org.annalist.actors.ActorCatalog;
import org.annalist.text.StrictJson;

/**
 * Words a sentence holds that are no act of a state or an organisation (issue 10, acts, eighth round): the words of
 * private people ("a resident said", "a former official hopes"), a standing rate ("Egypt receives $1.3bn a year"), a
 * generic mention of acts in a region ("protests across the Arab world"), a reporting verb used as an infinitive or
 * with a noun object ("it is difficult to tell", "added impetus to"). Every word list is in {@code commentary.json}.
 */
final class CommentaryActs {

    private final Set<String> privateSectors;
    private final Cues.Phrases rates;
    private final Set<String> rateBreakers;
    private final Set<String> durationMarkers;
    private final Cues.Phrases notSpeechPhrases;
    private final Cues.Phrases genericPlaces;
    private final Set<String> placePrepositions;
    private final Set<String> stateVerbs;
    private final Set<String> statePrepositions;
    private final Cues.Phrases mentionPhrases;
    private final int speakerReach;
    private final Cues.Phrases attribution;
    private final Cues cues;
    private final Set<String> relativePronouns;
    private final Set<String> notSpokenAfter;
    private final Cues.Phrases realized;
    private final Set<String> objectPrepositions;
    private final Set<String> causedSpeech;
    /** The examples of {@code commentary.json}, for the test that checks them. */
    final List<CuesFile.Example> examples;

    private CommentaryActs(CommentaryFile f) {
        privateSectors = Set.copyOf(f.privateSectors());
        rates = new Cues.Phrases(f.rates());
        rateBreakers = Set.copyOf(f.rateBreakers());
        durationMarkers = Set.copyOf(f.durationMarkers());
        notSpeechPhrases = new Cues.Phrases(f.notSpeechPhrases());
        genericPlaces = new Cues.Phrases(f.genericPlaces());
        placePrepositions = Set.copyOf(f.placePrepositions());
        stateVerbs = Set.copyOf(f.stateVerbs());
        statePrepositions = Set.copyOf(f.statePrepositions());
        mentionPhrases = new Cues.Phrases(f.mentionPhrases());
        speakerReach = f.speakerReach();
        notSpokenAfter = Set.copyOf(f.notSpokenAfter());
        objectPrepositions = Set.copyOf(f.objectPrepositions());
        causedSpeech = Set.copyOf(f.causedSpeech());
        cues = Cues.load();
        realized = cues.realizedInfinitive;
        attribution = cues.attribution;
        relativePronouns = Set.of("who", "whom", "which");
        examples = List.copyOf(f.examples());
    }

    private static final class Holder {
        static final CommentaryActs STANDARD = new CommentaryActs(
                StrictJson.resource(CommentaryActs.class, "commentary.json", CommentaryFile.class));
    }

    /** The built-in resource, loaded once and shared (immutable). */
    static CommentaryActs standard() {
        return Holder.STANDARD;
    }

    /** Rules from a JSON text, read as strictly as the resource (for tests of the binding). */
    static CommentaryActs parse(String json) throws java.io.IOException {
        return new CommentaryActs(StrictJson.read(json, CommentaryFile.class));
    }

    /**
     * True when every speaker is a private sector of a state ({@code privateSectors}: civilians, former officials and
     * elites, business, media: "Civilians in Libya", code LBYCVL): their words are no statement of any state.
     */
    boolean privateSpeakers(List<String> source, ActorCatalog catalog) {
        if (source.isEmpty()) {
            return false;
        }
        for (String id : source) {
            String code = catalog.find(id).map(a -> a.code()).orElse(null);
            if (code == null || code.length() != 6 || !privateSectors.contains(code.substring(3))) {
                return false;
            }
        }
        return true;
    }

    /** True when the trigger at {@code h} names a standing rate or a generic mention, no act of a day. */
    boolean notAnAct(SentenceView v, TriggerMatch h, boolean verb) {
        return (verb ? standingRate(v, h) : genericMention(v, h) || namedOnly(v, h))
                || standingState(v, h) || speakerDescription(v, h); // "under sanctions" may read as a verb
    }

    /** "has been under sanctions most of the last 35 years", "remains under siege": a standing state, unless dated. */
    private boolean standingState(SentenceView v, TriggerMatch h) {
        for (int p = h.first() - 1; p >= 0 && p >= h.first() - 3; p--) {
            if (statePrepositions.contains(v.tokens.get(p).lower())) {
                return p > 0 && stateVerbs.contains(v.tokens.get(p - 1).lower()) && !dayInClause(v, h.first());
            }
        }
        return false;
    }

    /** "incapable of offensive action", "the threat of air strikes": an act noun only named, up to three words after. */
    private boolean namedOnly(SentenceView v, TriggerMatch h) {
        for (int i = h.first() - 1; i >= 0 && i >= h.first() - 4; i--) {
            if (mentionPhrases.endsAt(v.tokens, i)) {
                return true;
            }
            if (!v.tokens.get(i).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * An act of a relative clause describing a speaker ("according to an officer at the site who has joined the
     * opposition", "said the man, who spoke discreetly"): a reporting verb or an attribution stands at most
     * {@code speakerReach} words before the relative pronoun, with no other act between.
     */
    private boolean speakerDescription(SentenceView v, TriggerMatch h) {
        int rel = v.relativeStart(v.clause[h.first()], cues);
        if (rel < 1 || v.quoted[h.first()] || !relativePronouns.contains(v.tokens.get(rel).lower())) {
            return false;
        }
        for (int i = rel + 1; i < h.first(); i++) {
            if (v.reporting.contains(i)) {
                return false; // "said one man, who told ITV that forces were searching": the speaker reports an act
            }
        }
        for (int i = rel - 1; i >= 0 && i >= rel - speakerReach; i--) {
            final int at = i;
            if (v.reporting.contains(i) && i > 0 && !v.tokens.get(i - 1).isWord() || attribution.endsAt(v.tokens, i)) {
                return true; // ", said the man, who ...", "according to an officer who ...": the speaker described
            }
            if (v.reporting.contains(i)) {
                return false; // "Obama said the United States, which ...": what was said, not who said it
            }
            if (v.triggers.stream().anyMatch(t -> t.first() <= at && at <= t.last())) {
                return false; // "attacked the town, which ...": the clause describes the act's object
            }
        }
        return false;
    }

    /** A time of at most a week in the clause ("was under attack on Monday"); "the last 35 years" is a span, no day. */
    private static boolean dayInClause(SentenceView v, int at) {
        return v.timexes.stream().anyMatch(t -> v.clause[v.tokenAt(t.span().start())] == v.clause[at]
                && t.start() != null && t.end() != null && !t.end().isAfter(t.start().plusDays(7)));
    }

    /**
     * A present-tense act with a rate in its clause ({@code rates}: "Egypt receives $1.3 billion a year", "the
     * United States gives Egypt aid annually"): a standing arrangement, no act of a day.
     */
    private boolean standingRate(SentenceView v, TriggerMatch h) {
        boolean present = h.form() == Inflector.Form.THIRD
                || h.form() == Inflector.Form.BASE && h.first() > 0 && !v.tokens.get(h.first() - 1).lower().equals("to")
                && ("VBP".equals(v.tagAt(h.first())) || "VB".equals(v.tagAt(h.first())) && nounBefore(v, h.first()));
        if (!present) {
            return false;
        }
        int from = v.clauseStart(h.first());
        int to = v.clauseEnd(h.first());
        for (int i = Math.max(from, h.last() + 1); i < to; i++) {
            int n = v.quoted[i] ? 0 : rates.lengthAt(v.tokens, i);
            boolean span = i > 0 && durationMarkers.contains(v.tokens.get(i - 1).lower()); // "for at least a week"
            if (n > 0 && !span && (i + n == v.tokens.size() || !rateBreakers.contains(v.tokens.get(i + n).lower()))) {
                return true; // not "a year ago", "a year after the revolution"
            }
        }
        return false;
    }

    /** A plural noun subject right before a base form ("donors give"): a present, not an infinitive or an imperative. */
    private static boolean nounBefore(SentenceView v, int at) {
        String tag = v.tagAt(at - 1);
        return tag != null && tag.startsWith("NN") || v.tokens.get(at - 1).lower().equals("they");
    }

    /**
     * An act noun whose place is a whole region ({@code genericPlaces} after {@code placePrepositions}: "protests
     * across the Arab world", "the unrest in the region"): a mention of a wave of acts, no act of an actor.
     */
    private boolean genericMention(SentenceView v, TriggerMatch h) {
        int k = h.last() + 1;
        if (k >= v.tokens.size() || !placePrepositions.contains(v.tokens.get(k).lower())) {
            return false;
        }
        int to = Math.min(v.tokens.size(), k + 6);
        return genericPlaces.startsAt(v.tokens, k + 1, to);
    }

    /** "prompting Ayrault to say", "enabled Obama to declare": a verb that made someone speak, up to four words before "to". */
    private boolean caused(SentenceView v, int to) {
        for (int i = to - 1; i >= 0 && i >= to - 4; i--) {
            if (causedSpeech.contains(v.tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the reporting verb at {@code r} reports no speech: an infinitive after a judgement or an intent ("it is
     * difficult to tell", "declined to say"; not "went on to say", {@code realizedInfinitive}), or a verb with a noun
     * object and a preposition ({@code notSpokenAfter}: "added impetus to", "adds weight to").
     */
    boolean notASpeech(SentenceView v, int r) {
        if (r > 0 && v.tokens.get(r - 1).lower().equals("to") && !v.quoted[r] && !realized.endsAt(v.tokens, r - 1)
                && !caused(v, r - 1)) {
            return true;
        }
        if (notSpeechPhrases.lengthAt(v.tokens, r) > 0) {
            return true;
        }
        if (r + 2 < v.tokens.size() && notSpokenAfter.contains(v.tokens.get(r + 1).lower())) {
            return objectPrepositions.contains(v.tokens.get(r + 2).lower());
        }
        return false;
    }
}
