package org.annalist.events;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.text.StrictJson;

/**
 * The word lists and example rows of {@code events/dates.json} that {@link EventDater}, {@link SentenceActs} and the
 * merger read (bound strictly: an unknown or missing key fails the load).
 */
final class DateWords {

    private DateWords() {
    }

    /** The file's keys. */
    record Words(String about, List<String> periodNouns, String aboutNextStep, String aboutOccasionDay, String occasionDay,
                 List<OccasionExample> occasionDayExamples, String aboutInferredStrength, List<String> inferredStrength,
                 String aboutPerfectAdverbs, List<String> perfectAdverbs, String aboutNounDeterminers,
                 List<String> nounDeterminers, String aboutLeadWeekday, List<String> leadAgencies,
                 List<LeadExample> leadWeekdayExamples, List<String> notNextStep, String aboutParagraphDays,
                 List<ParagraphExample> paragraphDayExamples, String aboutPlannedAhead, List<String> plannedAhead,
                 List<PlannedExample> plannedAheadExamples) {
    }

    /** A sentence, its publication date, the act's source and the day it gets ({@code plannedAheadExamples}). */
    record PlannedExample(String sentence, String published, String source, String day) {
    }

    /** A text and the date its act gets, null for undated ({@code paragraphDayExamples}). */
    record ParagraphExample(String text, String published, String source, String type, String value, String basis) {
    }

    /** A lead sentence, its publication date and the day its act gets ({@code leadWeekdayExamples}). */
    record LeadExample(String sentence, String published, String day) {
    }

    /** A derivation phrase and whether a later speech of the same speaker takes its day ({@code dates.json}). */
    record OccasionExample(String phrase, boolean carried) {
    }

    private static final class Holder {
        static final Words WORDS = StrictJson.resource(DateWords.class, "/org/annalist/events/dates.json", Words.class);
        static final Set<String> PERIOD_NOUNS = Set.copyOf(WORDS.periodNouns());
        static final Set<String> NOT_NEXT_STEP = Set.copyOf(WORDS.notNextStep());
        /** The derivation of a speech's day ("'on Friday'", "'last night'"; {@code occasionDay}). */
        static final Cues.Phrases PLANNED_AHEAD = new Cues.Phrases(WORDS.plannedAhead());
        static final Pattern SPEECH_DAY = Pattern.compile(WORDS.occasionDay(), Pattern.CASE_INSENSITIVE);
    }

    /** A noun of a part of time before "of" ("the night of March 17"; {@code periodNouns}). */
    static boolean periodNoun(String lower) {
        return Holder.PERIOD_NOUNS.contains(lower);
    }

    /** An agency of a news lead's dateline ("(CNN) --"; {@code leadAgencies}). */
    static boolean leadAgency(String lower) {
        return Holder.WORDS.leadAgencies().contains(lower);
    }

    /** Whether a speech's date derived from {@code derivation} is a day a later speech of its speaker may share. */
    static boolean occasionDay(String derivation) {
        return Holder.SPEECH_DAY.matcher(derivation).lookingAt();
    }

    /**
     * How weak an inferred date's basis is, 0 = strongest ({@code inferredStrength} in {@code dates.json}: the day of its
     * own sentence before the paragraph's narrative time); dates of other bases and unknown derivations rank last.
     */
    static int inferredWeakness(EventDate d) {
        List<String> order = Holder.WORDS.inferredStrength();
        for (int i = 0; i < order.size(); i++) {
            if (d.derivation().startsWith(order.get(i))) {
                return i;
            }
        }
        return order.size();
    }

    /** An adverb that may stand between a perfect's auxiliary and its verb ("has now closed"; {@code perfectAdverbs}). */
    static boolean perfectAdverb(String lower) {
        return Holder.WORDS.perfectAdverbs().contains(lower);
    }

    /** A determiner that opens a noun group ("a ceasefire that ..."; {@code nounDeterminers}). */
    static boolean nounDeterminer(String lower) {
        return Holder.WORDS.nounDeterminers().contains(lower);
    }

    /** A word before an act that makes it no next step of the narrative ("have", "will", "once"; {@code dates.json}). */
    static boolean notNextStep(String lower) {
        return Holder.NOT_NEXT_STEP.contains(lower);
    }

    /** A cue of an act told in the future ending in tokens {@code [from, to)} ("will", "is set to"; {@code plannedAhead}). */
    static boolean plannedAhead(List<org.annalist.text.Token> tokens, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (Holder.PLANNED_AHEAD.endsAt(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    static List<PlannedExample> plannedAheadExamples() {
        return Holder.WORDS.plannedAheadExamples();
    }

    static List<LeadExample> leadWeekdayExamples() {
        return Holder.WORDS.leadWeekdayExamples();
    }

    /** The examples of {@code occasionDay} in {@code dates.json}. */
    static List<OccasionExample> occasionDayExamples() {
        return Holder.WORDS.occasionDayExamples();
    }

    static List<ParagraphExample> paragraphDayExamples() {
        return Holder.WORDS.paragraphDayExamples();
    }
}
