package org.annalist.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * {@code cues.json} as read by {@link org.annalist.text.StrictJson}: every key must be present and
 * spelt right (a misspelt key fails loading, and so the build). {@code examples} are sentences with
 * the status and summary the rules must give them; {@code CueExamplesTest} checks each.
 */
record CuesFile(
        @JsonProperty("_comment") String comment,
        List<String> planned,
        List<String> negation,
        List<String> functionWords,
        List<String> compoundModifiers,
        List<String> denial,
        Map<String, String> negatedType,
        List<String> demandModals,
        List<String> conditionalThreat,
        List<String> habitual,
        List<String> earlierSpeech,
        List<String> governingPrepositions,
        List<String> nonGoverningPrepositions,
        List<String> locativePrepositions,
        List<String> locativeTargetTypes,
        List<String> passiveAuxiliaries,
        List<String> nonAgentHeads,
        List<String> connectors,
        List<String> anaphors,
        List<String> clauseBreaks,
        List<String> sayingTypes,
        List<String> titles,
        int subjectWindow,
        int passiveSubjectWindow,
        List<String> beForms,
        List<String> hypothetical,
        List<String> adjectivalParticiples,
        List<String> relativePronouns,
        List<String> peopleHeads,
        List<String> cooperativeTypes,
        List<String> hostileTypes,
        List<String> conditional,
        List<String> attribution,
        List<String> placeModifiers,
        List<String> expectation,
        List<String> realizedInfinitive,
        List<String> firstPerson,
        List<String> naturalAgents,
        List<String> views,
        List<String> absence,
        List<String> idioms,
        List<String> prepositionalParticiples,
        List<String> questionOpeners,
        List<String> durationUnits,
        List<String> transcriptLabels,
        int transcriptMinTurns,
        List<String> expertSpeakers,
        List<String> captionOpeners,
        List<String> onsetVerbs,
        List<String> captionMarks,
        List<String> opinionVenues,
        List<String> anonymousSpeakers,
        List<String> mentionPrepositions,
        List<String> habitualPresent,
        List<String> standingOpeners,
        List<String> pendingConditions,
        List<String> complementizers,
        List<String> runOnOpeners,
        List<String> subjectVerbGap,
        List<String> irregularPlurals,
        List<String> updateStamps,
        List<String> danglingPrepositions,
        List<Example> examples) {

    /**
     * A sentence (in an article published {@code published}) and what the rules must make of it:
     * an event with {@code status} and {@code summary}, or, with status {@code none}, no drawn event.
     */
    record Example(String text, String published, String status, String summary) {
    }
}
