package org.annalist.text;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word data of {@link FineTags}, bound strictly from {@code fine-tags.json}: the auxiliaries'
 * tags, the irregular verbs' three forms, the nouns whose number the ending does not tell, and so on.
 */
record FineTagWords(
        @JsonProperty("_comment") String comment,
        Map<String, String> auxiliaries,
        List<String> participleAfter,
        List<String> perfectAuxiliaries,
        List<String> beForms,
        List<String> baseAfter,
        List<String> irregularVerbs,
        List<String> baseFormsLikeInflections,
        List<String> singularNounsInS,
        List<String> irregularPlurals,
        List<String> singularsEndingInMen,
        List<String> properPluralSuffixes,
        List<String> singularProperNouns,
        List<String> possessives,
        Map<String, String> whWords,
        Map<String, String> comparatives,
        List<String> notComparatives,
        Map<String, String> irregularComparatives,
        List<String> nounPronouns,
        List<String> determinerPronouns,
        List<String> predeterminers,
        List<String> negations,
        Map<String, String> punctuation) {

    /** What an irregular verb form can be: its base, its past tense, its participle (one form can be several). */
    record VerbForm(boolean base, boolean past, boolean participle) {
    }

    static FineTagWords standard() {
        return StrictJson.resource(FineTagWords.class, "fine-tags.json", FineTagWords.class);
    }

    /** Each irregular form with what it can be; a line that is not three words fails (a typo must not pass). */
    Map<String, VerbForm> verbForms() {
        Map<String, VerbForm> out = new HashMap<>();
        for (String line : irregularVerbs) {
            String[] f = line.trim().split(" ");
            if (f.length != 3) {
                throw new IllegalArgumentException("fine-tags.json: irregular verb \"" + line
                        + "\" is not \"base past participle\"");
            }
            for (int role = 0; role < 3; role++) {
                VerbForm old = out.getOrDefault(f[role], new VerbForm(false, false, false));
                out.put(f[role], new VerbForm(old.base() || role == 0, old.past() || role == 1,
                        old.participle() || role == 2));
            }
        }
        return out;
    }

    static Set<String> set(List<String> words) {
        return new HashSet<>(words);
    }
}
