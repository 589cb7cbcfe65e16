package org.annalist.events;

import org.annalist.text.FineTags;

/**
 * Whether an act's verb is a passive, for {@link RoleFinder}: "brokered by Moscow", "were arrested", "saw protesters
 * killed"; from the fine tags where the sentence is tagged, else from the auxiliary words of {@code cues.json}.
 */
final class PassiveVoice {
    private final Cues cues;
    private final RoleFinder.Rules rules;

    PassiveVoice(Cues cues, RoleFinder.Rules rules) {
        this.cues = cues;
        this.rules = rules;
    }

    boolean isPassive(SentenceView v, int first, int last, Inflector.Form form) {
        if (form != Inflector.Form.PAST && form != Inflector.Form.PARTICIPLE) {
            return false;
        }
        if (last + 1 < v.tokens.size() && v.tokens.get(last + 1).lower().equals("by")) {
            return true; // "a ceasefire brokered by Moscow"
        }
        if (cues.adjectivalParticiples.contains(v.tokens.get(first).lower())) {
            return false; // "was engaged in discussions": a state, not a passive
        }
        if (afterPerceivedGroup(v, first)) {
            return true; // "he saw protesters killed": whatever the tag, the group is who was killed
        }
        if (v.tagAt(first) != null) {
            return passiveParticiple(v, first);
        }
        for (int i = first - 1; i >= Math.max(0, first - 3); i--) { // untagged: by the auxiliary's word alone
            String w = v.tokens.get(i).lower();
            if (cues.passiveAuxiliaries.contains(w)) {
                return true;
            }
            if (!w.endsWith("ly") && !w.equals("not") && !w.equals("also")) {
                return false;
            }
        }
        return false;
    }

    /**
     * By the tags: a participle (VBN: after a form of "be" or "get", or joined to one, "were arrested and beaten")
     * that is not a perfect ("has not yet taken") nor a noun's modifier after its determiner ("the wounded").
     */
    private static boolean passiveParticiple(SentenceView v, int first) {
        if (!"VBN".equals(v.tagAt(first))) {
            return false;
        }
        int p = first - 1;
        while (p > 0 && p >= first - 3 && ("RB".equals(v.tagAt(p)) || v.tokens.get(p).lower().endsWith("ly"))) {
            p--;
        }
        String tag = v.tagAt(p);
        if (p > 0 && ("CC".equals(tag) || ",".equals(tag)) && "VBN".equals(v.tagAt(p - 1))) {
            return passiveParticiple(v, p - 1); // "has killed, jailed and tortured": all perfects
        }
        String next = v.tagAt(first + 1);
        if (p >= 0 && !FineTags.isFormOfBe(v.tokens.get(p).lower()) && next != null
                && (next.startsWith("NN") || next.equals("JJ"))) {
            return false; // "using frozen assets": a participle before its noun describes it
        }
        return p >= 0 && !FineTags.isPerfectAuxiliary(v.tokens.get(p).lower()) && !"DT".equals(tag) && !"PRP$".equals(tag);
    }

    /** A group right before token {@code first} that is the object of a perception verb ("saw protesters killed"). */
    private boolean afterPerceivedGroup(SentenceView v, int first) {
        MentionRef m = first > 0 ? v.endingAt[first - 1] : null;
        int i = m == null ? -1 : m.first() - 1;
        while (i > 0 && (v.tokens.get(i).lower().equals("the") || v.tokens.get(i).lower().equals("of")
                || rules.quantityNouns().words().contains(v.tokens.get(i).lower()))) {
            i--; // "saw dozens of the protesters killed"
        }
        return i >= 0 && rules.perceptionVerbs().words().contains(v.tokens.get(i).lower());
    }
}
