package org.annalist.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code commentary.json} as read by {@link org.annalist.text.StrictJson} (every key present and spelt right): the
 * word lists of {@link CommentaryActs}, and example sentences with what the rules must make of them (status
 * {@code none}: nothing drawn), checked by {@code PrivateWordsAndCommentaryTest}.
 */
record CommentaryFile(
        @JsonProperty("_comment") String comment,
        List<String> privateSectors,
        List<String> rates,
        List<String> durationMarkers,
        List<String> rateBreakers,
        List<String> genericPlaces,
        List<String> placePrepositions,
        List<String> stateVerbs,
        List<String> statePrepositions,
        List<String> mentionPhrases,
        int speakerReach,
        List<String> notSpokenAfter,
        List<String> causedSpeech,
        List<String> objectPrepositions,
        List<String> notSpeechPhrases,
        List<CuesFile.Example> examples) {
}
