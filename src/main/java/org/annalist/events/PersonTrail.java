package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import org.annalist.text.Token;

/**
 * Who "he" and "she" stand for: the last person an article spoke of, which is often someone the
 * catalog does not know ("said Jon Marks, chairman of ...", "The woman said", "Christophe Barret,
 * an analyst at ..."). A pronoun after such a person stands for nobody we know, not for the last
 * state that acted. A sentence's person is its speaker when it has one, else the first person
 * named in it. Mutable: one per article, fed sentence by sentence.
 */
final class PersonTrail {

    /** A person seen at token {@code at}: known actors, or empty for someone the catalog does not know. */
    record Seen(int at, List<String> actors) {
    }

    private final Cues cues;
    private final RoleFinder roles;
    private final EventLexicon lexicon;
    /** The person of earlier sentences; null until one is seen. */
    private List<String> last;
    private List<Seen> sentence = List.of();
    /** Positions of "he"/"she" right after "but"/"and" in the sentence read last. */
    private final java.util.Set<Integer> coordinated = new java.util.HashSet<>();
    private final List<Integer> pronouns = new ArrayList<>();

    PersonTrail(Cues cues, RoleFinder roles, EventLexicon lexicon) {
        this.cues = cues;
        this.roles = roles;
        this.lexicon = lexicon;
    }

    /** Reads a sentence's people before its acts are found. */
    void read(SentenceView v, Discourse discourse) {
        coordinated.clear();
        pronouns.clear();
        List<Seen> seen = new ArrayList<>();
        int pronoun = v.tokens.size();
        for (int r = 0; r < v.tokens.size(); r++) {
            String w = v.tokens.get(r).lower();
            if (v.quoted[r]) {
                continue;
            }
            pronoun = (w.equals("he") || w.equals("she")) && pronoun == v.tokens.size() ? r : pronoun;
            if (w.equals("he") || w.equals("she")) {
                pronouns.add(r);
            }
            if ((w.equals("he") || w.equals("she")) && r > 0
                    && RoleFinder.RULES.coordinatedPronouns().words().contains(v.tokens.get(r - 1).lower())) {
                coordinated.add(r);
            }
            Seen s = lexicon.reportingForm(v.tokens.get(r)) != null && !inMention(v, r) ? speaker(v, r, discourse) : null;
            if (s != null) {
                seen.add(s);
            }
        }
        List<Seen> speakers = List.copyOf(seen);
        for (int i = 0; i < v.tokens.size(); i++) {
            Seen titled = titled(v, i, discourse); // "the minister reiterated": the minister last named
            if (titled != null && i < pronoun && speakers.stream().noneMatch(x -> x.at() == titled.at())) {
                seen.add(titled);
            }
        }
        for (MentionRef m : v.mentions) {
            // "He referred to Gaddafi's son": the pronoun keeps its person; a possessive or a place is not who is spoken of
            if (m.mention().person() && !v.quoted[m.first()] && m.first() < pronoun && !m.locative() && !possessive(v, m)) {
                seen.add(new Seen(m.first(), List.of(m.actorId())));
            }
        }
        if (appositiveName(v)) { // "Christophe Barret, an analyst at Credit Agricole, cited ..."
            seen.add(new Seen(0, List.of()));
        }
        seen.sort((a, b) -> Integer.compare(a.at(), b.at()));
        sentence = seen;
        if (!seen.isEmpty()) {
            last = speakers.isEmpty() ? seen.get(0).actors() : speakers.get(0).actors();
        }
    }

    /**
     * What "he"/"she" before token {@code at} stands for: the last person seen before it in this
     * sentence, else the person of earlier sentences; null when the anaphor is no personal pronoun
     * or no person was seen (the caller falls back to the last actor).
     */
    List<String> resolve(String anaphor, int at) {
        if (!anaphor.equals("he") && !anaphor.equals("she")) {
            return null;
        }
        List<String> found = null;
        for (Seen s : sentence) {
            found = s.at() < at ? s.actors() : found;
        }
        int pronoun = -1;
        for (int p : pronouns) {
            pronoun = p < at ? p : pronoun;
        }
        if (coordinated.contains(pronoun) && !sentence.isEmpty() && sentence.get(0).at() < pronoun) {
            found = sentence.get(0).actors(); // "X did not call on Y ..., but he did call": the first clause's subject
        }
        return found != null ? found : previous;
    }

    private List<String> previous;

    /** Ends a sentence: its person becomes the one later pronouns look back to. */
    void endSentence() {
        previous = last;
        sentence = List.of();
    }

    /** The speaker of reporting verb {@code r}: "Churkin said", "The woman said", ", said Omar". */
    private Seen speaker(SentenceView v, int r, Discourse discourse) {
        int i = r - 1;
        while (i >= 0 && (v.tokens.get(i).lower().equals("has") || v.tokens.get(i).lower().equals("had") || v.tokens.get(i).lower().equals("also"))) {
            i--;
        }
        if (i >= 0 && v.endingAt[i] != null) {
            MentionRef m = v.endingAt[i];
            return m.mention().person() ? new Seen(m.first(), List.of(m.actorId())) : null;
        }
        if (i >= 0 && titled(v, i, discourse) != null) {
            return titled(v, i, discourse);
        }
        if (i > 0 && v.tokens.get(i).lower().equals("who") && singular(v, i - 1)) {
            return new Seen(i - 1, List.of()); // "a woman who said"
        }
        if (i >= 0 && roles.unknownSpeaker(v, r) && singular(v, i)) {
            return new Seen(i, List.of());
        }
        boolean inverted = i < 0 || v.tokens.get(i).text().equals(",") || !v.tokens.get(i).isWord();
        if (inverted && r + 1 < v.tokens.size()) {
            MentionRef m = v.startingAt[r + 1];
            if (m != null) {
                return m.mention().person() ? new Seen(r + 1, List.of(m.actorId())) : null;
            }
            Token t = v.tokens.get(r + 1);
            if (t.isCapitalized() && t.isWord() && !cues.anaphors.endsAt(v.tokens, r + 1) && !cues.functionWords.contains(t.lower())) {
                MentionRef title = appositive(v, r + 1); // "said Lt. Gen. Charles Bouchard, NATO commander"
                return new Seen(r + 1, title == null ? List.of() : List.of(title.actorId())); // "..., said Omar from Ivory Coast"
            }
        }
        return null;
    }

    /** The title phrase after the name at {@code from} and a comma: "Charles Bouchard, NATO commander". */
    private static MentionRef appositive(SentenceView v, int from) {
        int i = from;
        while (i < v.tokens.size() && i - from < 6 && v.startingAt[i] == null
                && (v.tokens.get(i).isCapitalized() || v.tokens.get(i).text().equals("."))) {
            i++;
        }
        if (i + 1 < v.tokens.size() && v.tokens.get(i).text().equals(",")) {
            int j = i + 1;
            j += j + 1 < v.tokens.size() && (v.tokens.get(j).lower().equals("the") || v.tokens.get(j).lower().equals("a")) ? 1 : 0;
            MentionRef m = v.startingAt[j];
            return m != null && !m.locative() ? m : null;
        }
        return null;
    }

    /** "the minister", "the spokesman": a person's title standing for the last actor named with it. */
    private Seen titled(SentenceView v, int i, Discourse discourse) {
        String w = v.tokens.get(i).lower();
        if (v.quoted[i] || i == 0 || !v.tokens.get(i - 1).lower().equals("the") || !cues.titles.contains(w)
                || !cues.anaphors.endsAt(v.tokens, i) || inMention(v, i)) {
            return null;
        }
        List<String> actors = discourse.resolve(w);
        return actors.isEmpty() ? null : new Seen(i, actors);
    }

    /** "Islamic State": a reporting word inside a name reports nothing. */
    private static boolean inMention(SentenceView v, int i) {
        return v.mentions.stream().anyMatch(m -> m.first() <= i && i <= m.last());
    }

    private static boolean possessive(SentenceView v, MentionRef m) {
        return m.last() + 1 < v.tokens.size() && (v.tokens.get(m.last() + 1).lower().equals("'s") || v.tokens.get(m.last() + 1).lower().equals("'"));
    }

    /** A name ("Marks") or a singular noun after an article ("the woman", "an analyst"), not "rebels" or "they". */
    private boolean singular(SentenceView v, int i) {
        Token t = v.tokens.get(i);
        if (t.isCapitalized()) {
            return !t.lower().endsWith("s") || i > 0; // "Marks said" mid-sentence; "Rebels said" opens one
        }
        String before = i > 0 ? v.tokens.get(i - 1).lower() : "";
        return !t.lower().endsWith("s") && (before.equals("the") || before.equals("a") || before.equals("an"));
    }

    /** The sentence opens with a name of two capitalised words that the catalog does not know, then ", a/an/the". */
    private boolean appositiveName(SentenceView v) {
        List<Token> t = v.tokens;
        int i = 0;
        while (i < t.size() && t.get(i).isWord() && t.get(i).isCapitalized() && v.startingAt[i] == null && !v.quoted[i]) {
            i++;
        }
        return i >= 2 && i + 1 < t.size() && t.get(i).text().equals(",")
                && (t.get(i + 1).lower().equals("a") || t.get(i + 1).lower().equals("an") || t.get(i + 1).lower().equals("the"));
    }
}
