package org.annalist.events;

import org.annalist.text.Token;

/**
 * Who speaks in a sentence, when the speaker makes it a view rather than a state's act: a photo caption, an analyst,
 * academic or commentator ("..., said X, a professor of ...", "An analyst said ..."), an unnamed few ("some
 * suggested"), a writer of an opinion ("wrote in an op-ed"), or a bare "he"/"she" going on speaking. Split out of
 * {@link Modality} unchanged; every word list is in {@code cues.json}.
 */
final class SpeakerViews {

    private final Cues cues;

    SpeakerViews(Cues cues) {
        this.cues = cues;
    }

    /**
     * True when the sentence is a photo caption ("Here, protesters march ...": {@code captionOpeners} at its
     * start) or its main speaker is an analyst, academic or commentator ({@code expertSpeakers}: "..., said X,
     * a professor of ...", "An analyst said ...", "X, who has studied ..., said"): a view, no state's act.
     */
    boolean viewOrCaption(SentenceView v) {
        for (int i = 1; i <= 3 && i <= v.tokens.size(); i++) {
            if (cues.captionOpeners.endsAt(v.tokens, i - 1)) {
                return true;
            }
        }
        if (v.reporting.isEmpty() && cues.captionMarks.within(v.tokens, 0, v.tokens.size())) {
            return true; // "Nabil Al-Araby pictured at a meeting on May 15": a caption, no one's act
        }
        return expertSpeaks(v);
    }

    /** True when a reporting verb's speaker is an expert, an unnamed few or a writer of an opinion. */
    boolean expertSpeaks(SentenceView v) {
        for (int r : v.reporting) {
            if (expertBefore(v, r) || expertAfter(v, r) || opinionVenue(v, r)) {
                return true;
            }
        }
        // a verb that says or suggests ("some suggested that", "experts estimate") has the same speaker; an
        // accusation or a rejection by "a former official" is that person's act (docs/actors.md, sectors)
        for (TriggerMatch h : v.triggers) {
            EventType type = h.rule().type();
            if (h.form() != null && (type == EventType.STATEMENT || type == EventType.REQUEST) && !v.quoted[h.first()]
                    && (expertBefore(v, h.first()) || anonymousSubject(v, h.first()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when every reporting verb's speaker is a bare "he"/"she" ("He added that ...", "..., she said"): the
     * person last spoken of goes on speaking (an analyst's second sentence is still a view).
     */
    boolean pronounSpeaker(SentenceView v) {
        if (v.reporting.isEmpty()) {
            return false;
        }
        for (int r : v.reporting) {
            int b = r - 1;
            while (b >= 0 && cues.subjectVerbGap.contains(v.tokens.get(b).lower())) {
                b--;
            }
            boolean before = b >= 0 && isPersonalPronoun(v, b) && (b == 0 || !v.tokens.get(b - 1).isWord()
                    || SENTENCE_CONJUNCTIONS.contains(v.tokens.get(b - 1).lower()));
            boolean after = r + 1 < v.tokens.size() && isPersonalPronoun(v, r + 1) && r > 0 && !v.tokens.get(r - 1).isWord();
            if (!before && !after) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPersonalPronoun(SentenceView v, int i) {
        String w = v.tokens.get(i).lower();
        return !v.quoted[i] && (w.equals("he") || w.equals("she"));
    }

    /** "X wrote in a recent op-ed", "said on his blog": the reporting verb's words appeared as an opinion. */
    private boolean opinionVenue(SentenceView v, int r) {
        int from = v.clauseStart(r);
        if (v.mentions.stream().anyMatch(m -> m.first() >= from && m.first() <= r + 3 && !m.locative())) {
            return false; // "Obama said in an op-ed", "the French foreign minister said on his blog": the state speaks
        }
        for (int j = r + 1; j < v.tokens.size() && j <= r + 3; j++) {
            String w = v.tokens.get(j).lower();
            if (w.equals("in") || w.equals("on")) {
                for (int k = j + 1; k < v.tokens.size() && k <= j + 4; k++) {
                    if (cues.opinionVenues.startsAt(v.tokens, k, v.tokens.size())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** How far from a reporting verb a speaker's apposition reaches. */
    private static final int SPEAKER_WINDOW = 25;
    private static final java.util.Set<String> EMBEDDING = java.util.Set.of("that", "what", "which", "whom", "when", "as", "if", "with");

    /** The subject before the reporting verb, back to the sentence start or a quote, names an expert. */
    private boolean expertBefore(SentenceView v, int r) {
        if (anonymousSubject(v, r)) {
            return true;
        }
        int from = r - 1;
        for (; from >= 0 && from >= r - SPEAKER_WINDOW; from--) {
            Token t = v.tokens.get(from);
            String w = t.lower();
            if (v.quoted[from] || w.equals(";") || w.equals(":") || !t.isWord() && w.matches("[\"“”']+")) {
                break; // a quotation or a clause before it: the speaker phrase starts after
            }
            if (from == 0 && SENTENCE_CONJUNCTIONS.contains(w)) {
                break; // "But a former senior diplomat said": the speaker phrase starts after the opening "But"
            }
            final int at = from;
            if (v.reporting.contains(at) || v.triggers.stream().anyMatch(h -> h.first() <= at && at <= h.last())) {
                break; // an act or another report before it: the speaker phrase starts after ("dismissed doubts among analysts")
            }
            boolean postmodifier = w.equals("with") && from + 1 < r && !EMBEDDING.contains(v.tokens.get(from + 1).lower());
            if (EMBEDDING.contains(w) && !postmodifier || cues.clauseBreaks.contains(w) && !w.equals(",")
                    || w.equals("who") && (from == 0 || !v.tokens.get(from - 1).lower().equals(","))
                    || w.equals("and") && from > 0 && v.tokens.get(from - 1).lower().equals(",")) {
                return false; // "in what analysts said", ", and experts say": not the main clause's speaker
            }
        }
        if (from < r - SPEAKER_WINDOW) {
            return false;
        }
        // "some suggested", "others say": the whole subject is an unnamed few
        int start = from + 1;
        // "Former U.S. ambassador Frank Wisner said": a former official introduced by title (not "the former minister",
        // which names someone of the story again)
        boolean formerTitle = start < r - 1 && v.tokens.get(start).text().equals("Former");
        return formerTitle || expertIn(v, start, r) || start < r && cues.anonymousSpeakers.lengthAt(v.tokens, start) == r - start
                || start + 1 < r && v.tokens.get(r - 1).isWord() && subjectGap(v.tokens.get(r - 1).lower())
                && cues.anonymousSpeakers.lengthAt(v.tokens, start) == r - 1 - start;
    }

    /** "..., some suggested that", "Others have said": the whole subject right before the verb is an unnamed few. */
    private boolean anonymousSubject(SentenceView v, int r) {
        int b = r - 1;
        while (b >= 0 && v.tokens.get(b).isWord() && subjectGap(v.tokens.get(b).lower())) {
            b--;
        }
        for (int s = b; s >= 0 && s >= b - 2; s--) {
            if (cues.anonymousSpeakers.lengthAt(v.tokens, s) == b - s + 1) {
                String before = s > 0 ? v.tokens.get(s - 1).lower() : "";
                // not ", and some say" after a main clause: that clause's act is no one's view
                return s == 0 || before.equals(",") && !(s > 1 && SENTENCE_CONJUNCTIONS.contains(v.tokens.get(s - 2).lower()))
                        || s == 1 && SENTENCE_CONJUNCTIONS.contains(before) || before.matches("[\"“”']+");
            }
        }
        return false;
    }
    /** "have", "also" between an unnamed subject and its verb ("others have said"). */
    private boolean subjectGap(String w) {
        return cues.subjectVerbGap.contains(w);
    }

    private static final java.util.Set<String> SENTENCE_CONJUNCTIONS = java.util.Set.of("but", "and", "yet", "so");

    /** An inverted speaker after the reporting verb (", said X, a professor of ..."), up to a clause break. */
    private boolean expertAfter(SentenceView v, int r) {
        String prev = r > 0 ? v.tokens.get(r - 1).lower() : "";
        if (!(prev.equals(",") || prev.matches("[\"”']+"))) {
            return false;
        }
        int end = r + 1;
        while (end < v.tokens.size() && end <= r + SPEAKER_WINDOW && !v.quoted[end]
                && !java.util.Set.of(";", ":", "that").contains(v.tokens.get(end).lower())) {
            end++;
        }
        return expertIn(v, r + 1, end);
    }

    private static final java.util.Set<String> OBJECT_PREPOSITIONS = java.util.Set.of("of", "among", "by", "to", "with",
            "from", "for", "about", "against", "between");

    /** An expert phrase in {@code [from, to)} that is no preposition's object ("doubts among analysts": not a speaker). */
    private boolean expertIn(SentenceView v, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            boolean object = i > 0 && OBJECT_PREPOSITIONS.contains(v.tokens.get(i - 1).lower());
            if (!object && cues.expertSpeakers.startsAt(v.tokens, i, to)) {
                return true;
            }
        }
        return false;
    }
}
