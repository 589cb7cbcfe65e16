package org.annalist.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * {@code lexicon.json} as read by {@link org.annalist.text.StrictJson}: every key must be here and
 * be spelt right, so a misspelt key fails loading instead of emptying a word list.
 */
record LexiconFile(
        @JsonProperty("_comment") String comment,
        Map<String, Double> tones,
        List<Trigger> triggers,
        List<String> reporting,
        Map<String, List<String>> irregular,
        List<String> skippable,
        int skipLimit,
        List<String> verbBefore,
        List<String> nounBefore,
        List<String> adjectiveSuffixes,
        List<String> particles,
        List<String> adverbs,
        List<String> objectActVerbs,
        List<String> compoundHeads,
        Map<String, String> stateActs,
        List<String> stateAgents,
        Map<String, String> civilActs,
        List<String> civilAgents,
        List<String> nonActs,
        List<String> announcementVerbs,
        List<Example> examples) {

    /** A sentence (published {@code published}) that must give an event of {@code type} summarised as {@code summary}. */
    record Example(String text, String published, String type, String summary) {
    }

    /**
     * One group of trigger phrases of a PLOVER type; {@code tone} (the type's by default) and
     * {@code kind} ({@code verb} by default, or {@code noun}, {@code literal}) are optional. A class,
     * not a record, so that those two may be left out while unknown keys still fail.
     */
    static final class Trigger {
        @JsonProperty(required = true)
        String type;
        @JsonProperty(required = true)
        List<String> patterns;
        @JsonProperty
        Double tone;
        @JsonProperty
        String kind = "verb";
    }
}
