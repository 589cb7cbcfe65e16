package org.annalist.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code background.json} as read by {@link org.annalist.text.StrictJson} (every key present and spelt right):
 * the word lists of {@link BackgroundActs}, and example sentences with what the rules must make of them
 * (status {@code none}: nothing drawn), checked by {@code BackgroundActsTest}.
 */
record BackgroundFile(
        @JsonProperty("_comment") String comment,
        List<String> institutionalSubjects,
        List<String> stativePresents,
        List<String> chargeWords,
        List<String> chargePrepositions,
        List<String> backgroundAdverbs,
        List<String> modifierFollowers,
        List<String> perceptionVerbs,
        List<String> subjectOpeners,
        List<String> beliefVerbs,
        List<String> describedGroups,
        List<String> relativeAuxiliaries,
        List<String> riskSubjects,
        List<String> eventPredicates,
        List<CuesFile.Example> examples) {
}
