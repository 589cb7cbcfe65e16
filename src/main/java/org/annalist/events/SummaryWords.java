package org.annalist.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annalist.text.StrictJson;

/**
 * The word lists of the one-line summaries ({@code summary.json}), read by {@link StrictJson}: every
 * key must be present and spelt right, so a misspelt key fails loading (and the build) instead of
 * emptying a list. {@code examples} are sentences with the summary the rules must give them
 * ({@code SummaryWordsTest} checks each).
 *
 * @param subordinators       words opening a subordinate clause: a line cut by its length ends before them
 * @param subjectPronouns     a pronoun before a finite "be" opens a clause of its own in an object ("told them they were");
 *                            after a short phrase it opens what was said ("said in a statement it ...")
 * @param finiteBe            the finite forms of "be" that end an object as the next clause's verb
 * @param completionWords     how many words past the length limit an object may run to end on its noun
 *                            ("can be murdering his own people", never "can be murdering")
 * @param verbOpeningTags     fine tags that may not open what was said: a statement's content opening on a
 *                            finite verb or a participle has lost its subject ("Was made in an attempt ...")
 * @param quantityOpeners     words that open an amount and stay with it ("at least eight rebels", never "least eight")
 * @param speakerPronouns     a pronoun opening reported (indirect) speech that stands for its speaker when the number agrees
 *                            ("Rebels said they had advanced" -> "Rebels had advanced"): it is replaced by the speaker
 * @param dependentOpeners    words opening a clause that leans on the sentence before ("That's why he ..."): no content alone
 * @param attributionOpeners  words opening an attribution ("according to the official"): a source, never what was said
 */
record SummaryWords(
        @JsonProperty("_comment") String comment,
        Set<String> subordinators,
        Set<String> subjectPronouns,
        Set<String> finiteBe,
        int completionWords,
        Set<String> verbOpeningTags,
        List<String> quantityOpeners,
        Set<String> speakerPronouns,
        List<String> dependentOpeners,
        List<String> attributionOpeners,
        List<Example> examples) {

    SummaryWords {
        Objects.requireNonNull(subordinators, "subordinators");
        Objects.requireNonNull(subjectPronouns, "subjectPronouns");
        Objects.requireNonNull(finiteBe, "finiteBe");
        subordinators = Set.copyOf(subordinators);
        subjectPronouns = Set.copyOf(subjectPronouns);
        finiteBe = Set.copyOf(finiteBe);
        Objects.requireNonNull(verbOpeningTags, "verbOpeningTags");
        Objects.requireNonNull(quantityOpeners, "quantityOpeners");
        verbOpeningTags = Set.copyOf(verbOpeningTags);
        quantityOpeners = List.copyOf(quantityOpeners);
        speakerPronouns = Set.copyOf(Objects.requireNonNull(speakerPronouns, "speakerPronouns"));
        dependentOpeners = List.copyOf(Objects.requireNonNull(dependentOpeners, "dependentOpeners"));
        attributionOpeners = List.copyOf(Objects.requireNonNull(attributionOpeners, "attributionOpeners"));
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /** A sentence (in an article published 2011-02-10) and the summary of one of its events. */
    record Example(String text, String summary) {
    }

    private static final class Holder {
        static final SummaryWords STANDARD = StrictJson.resource(SummaryWords.class, "summary.json", SummaryWords.class);
    }

    /** The built-in resource, loaded once (immutable). */
    static SummaryWords standard() {
        return Holder.STANDARD;
    }
}
