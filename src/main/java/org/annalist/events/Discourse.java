package org.annalist.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What earlier sentences of an article established, for pronouns and definite descriptions: the
 * last acting and acted-on actors, and the last actor named with each title ("the minister" is
 * the last actor introduced as a minister).
 */
final class Discourse {

    private List<String> lastSource = List.of();
    private List<String> lastTarget = List.of();
    private final Map<String, List<String> > byTitle = new HashMap<>();
    private boolean actedThisSentence;

    List<String> lastTarget() {
        return lastTarget;
    }

    /** Who {@code anaphor} ("he", "minister", "it") stands for. */
    List<String> resolve(String anaphor) {
        return byTitle.getOrDefault(anaphor, lastSource);
    }

    void acted(List<String> source, List<String> target) {
        if (!source.isEmpty()) {
            lastSource = source;
            actedThisSentence = true;
        }
        if (!target.isEmpty()) {
            lastTarget = target;
        }
    }

    /** Records the titles of a sentence's actors; a sentence without acts still moves the topic to its first actor. */
    void endSentence(SentenceView v, Cues cues) {
        for (MentionRef m : v.mentions) {
            for (int i = Math.max(0, m.first() - 3); i <= Math.min(m.last() + 1, v.tokens.size() - 1); i++) {
                String w = v.tokens.get(i).lower();
                if (cues.titles.contains(w)) {
                    byTitle.put(w, List.of(m.actorId()));
                }
            }
        }
        if (!actedThisSentence) {
            v.mentions.stream().filter(m -> !m.locative()).findFirst().ifPresent(m -> lastSource = List.of(m.actorId()));
        }
        actedThisSentence = false;
    }
}
