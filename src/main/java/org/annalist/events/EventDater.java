package org.annalist.events;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.annalist.time.TimeExpression;
import org.annalist.time.TimexType;

/**
 * Dates an act from the time expressions of its sentence: each calendar expression governs the
 * nearest act (word distance, crossing a clause costs more); one introduced by "since", "until",
 * "after" ... governs none. Two days joined by "and"/"to" make an interval.
 */
final class EventDater {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
    private static final int CLAUSE_COST = 20;
    private static final int COMMA_COST = 3;
    private static final java.util.Set<String> HEADING_MARKS = java.util.Set.of("-", "\u2013", "\u2014", ":");
    private static final java.util.Set<String> JOINERS = java.util.Set.of("and", "to", "through", "-", "\u2013");
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern WEEK_VALUE = Pattern.compile("\\d{4}-W\\d{2}.*");
    private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern QUARTER_VALUE = Pattern.compile("\\d{4}-(Q\\d|H\\d|SP|SU|FA|WI).*");
    private static final Pattern YEAR_VALUE = Pattern.compile("\\d{4}");

    private static final int OBJECT_WINDOW = 12;
    private static final int POSSESSIVE_REACH = 4;
    private static final int OCCASION_REACH = 400;
    private static final java.util.Set<String> SHIFT_ENDS = java.util.Set.of("after", "before");
    private static final java.util.Set<String> MOMENT_MARKS = java.util.Set.of("after", "before");
    private static final java.util.Set<String> START_MARKS = java.util.Set.of("from", "between");

    private final Cues cues;

    EventDater(Cues cues) {
        this.cues = cues;
    }

    /**
     * A calendar expression of the sentence with its token range.
     *
     * @param relative in a relative clause ("who was ousted in 2006"): it dates only acts of that clause
     * @param heading  heads an item of a chronology ("23 Dec 2011 - 44 killed ... 10 Feb 2012 - ..."):
     *                 it dates only what follows it
     */
    record Candidate(TimeExpression timex, int first, int last, boolean relative, boolean heading, boolean bound,
                     boolean possessive, boolean shifted, boolean ofNoun) {
        Candidate(TimeExpression timex, int first, int last, boolean relative, boolean heading, boolean bound) {
            this(timex, first, last, relative, heading, bound, false, false, false);
        }
    }

    /** "has now closed" ({@link DateWords#perfectAdverb}). */
    static boolean perfectAdverb(String lower) {
        return DateWords.perfectAdverb(lower);
    }

    /** "a ceasefire that ..." ({@link DateWords#nounDeterminer}). */
    static boolean nounDeterminer(String lower) {
        return DateWords.nounDeterminer(lower);
    }

    /** "have", "will", "once" before an act ({@link DateWords#notNextStep}). */
    static boolean notNextStep(String lower) {
        return DateWords.notNextStep(lower);
    }

    /** A lead's day after the page's date ({@link LeadWeekday#dayAfter(EventDate)}). */
    static boolean leadDayAfter(EventDate d) {
        return LeadWeekday.dayAfter(d);
    }

    List<Candidate> candidates(SentenceView v) {
        List<Candidate> out = new ArrayList<>();
        int boundEnd = -2; // the last token of the last time bound ("from 3 p.m."), or -2
        for (TimeExpression t : v.timexes) {
            if (!t.isAnchored() || (t.type() != TimexType.DATE && t.type() != TimexType.TIME)) {
                continue;
            }
            int first = v.tokenAt(t.span().start());
            int last = Math.max(first, v.tokenAt(Math.max(t.span().start(), t.span().end() - 1)));
            if (v.quoted[first]) {
                continue;
            }
            String before = first > 0 ? v.tokens.get(first - 1).lower() : "";
            // "after Friday's street battles", "Wednesday's attack": the day of the noun it qualifies, never a bound of it
            boolean possessive = last + 1 < v.tokens.size() && v.tokens.get(last + 1).lower().equals("'s");
            // "four months after NATO began air strikes": the act after it is its anchor, not its day
            boolean shifted = SHIFT_ENDS.contains(v.tokens.get(last).lower());
            // "the resolution of March 17": the day of the noun before "of", not of the act ("the night of March 17" is)
            // (days only: "signed the treaty of 1979" is mostly that year's act too)
            boolean ofNoun = before.equals("of") && first > 1 && v.tokens.get(first - 2).isWord()
                    && !DateWords.periodNoun(v.tokens.get(first - 2).lower())
                    && granularity(t.value()) == Granularity.DAY;
            // "just after midnight Saturday", "shortly before 6 a.m. Friday": a moment of the day, not a bound
            boolean moment = t.type() == TimexType.TIME && MOMENT_MARKS.contains(before);
            if ((cues.nonGoverning.contains(before) && !moment) || cues.nonGoverning.contains(v.tokens.get(first).lower())
                    || (first - 2 == boundEnd && JOINERS.contains(before))) {
                boundEnd = last; // "a curfew from 3 p.m. to 8 a.m. Sunday": bounds of a state, not an act's time
                // kept only as the start of an act's object, or as the day of its own noun ("after Friday's battles")
                out.add(new Candidate(t, first, last, false, false, true, possessive, false, false));
                continue;
            }

            boolean relative = v.relativeStart(v.clause[first], cues) >= 0;
            boolean heading = last + 1 < v.tokens.size() && HEADING_MARKS.contains(v.tokens.get(last + 1).text())
                    && (first == 0 || (!cues.governing.contains(before) && !cues.nonGoverning.contains(before)
                    && v.tokens.get(first - 1).isWord()));
            out.add(new Candidate(t, first, last, relative, heading, false, possessive, shifted, ofNoun));
        }
        return out;
    }

    /** The candidate that governs the act at token {@code anchor}, given every act anchor of the sentence. */
    Candidate governing(SentenceView v, List<Candidate> candidates, int first, int last, List<int[]> anchors) {
        Candidate best = null;
        int bestCost = Integer.MAX_VALUE;
        for (Candidate c : candidates) {
            if (ownNoun(v, c, first, anchors) || (c.ofNoun() && last == c.first() - 2)) {
                return c; // "Friday's street battles", "the attack of March 17": the day its noun act is named by
            }
            if (c.ofNoun()) {
                continue; // "carry out the resolution of March 17": the resolution's day, not the act's
            }
            if (c.bound() || (c.possessive() && anchors.stream().anyMatch(a -> ownNoun(v, c, a[0], anchors)))) {
                continue; // a possessive day that has its own act dates no other
            }
            int mine = cost(v, c, first, last);
            boolean closest = anchors.stream().allMatch(a -> a[0] == first || cost(v, c, a[0], a[1]) > mine
                    || (cost(v, c, a[0], a[1]) == mine && a[0] > first));
            if (closest && mine < bestCost && mine < Integer.MAX_VALUE / 2) {
                best = c;
                bestCost = mine;
            }
        }
        return best;
    }

    /**
     * "Wednesday's attack", "after Friday's Alexandria protests": the act at {@code first} heads the noun group
     * that a possessive day opens (within {@value #POSSESSIVE_REACH} words, no other act before it).
     */
    private static boolean ownNoun(SentenceView v, Candidate c, int first, List<int[]> anchors) {
        if (!c.possessive() || first <= c.last() + 1 || first > c.last() + 1 + POSSESSIVE_REACH) {
            return false;
        }
        for (int i = c.last() + 2; i <= first; i++) {
            if (!v.tokens.get(i).isWord()) {
                return false; // "next year's budget, hammering out goals": the noun group ended
            }
        }
        return anchors.stream().noneMatch(a -> a[0] > c.last() + 1 && a[0] < first);
    }

    private static int cost(SentenceView v, Candidate c, int first, int last) {
        if (c.bound()) {
            return Integer.MAX_VALUE / 2;
        }
        if (c.shifted() && first > c.last() && v.clause[first] == v.clause[c.last()] && v.commas[first] == v.commas[c.last()]) {
            return Integer.MAX_VALUE / 2; // "four months after NATO began air strikes": began is the anchor
        }
        if (c.relative() && v.clause[c.first()] != v.clause[first]) {
            return Integer.MAX_VALUE / 2; // "the envoy, who was expelled in 2006": not the main act's time
        }
        if (c.heading()) {
            return first > c.last() ? first - c.last() : Integer.MAX_VALUE / 2; // a list item's date, no clause cost
        }
        int from = c.first() > last ? last : c.last();
        int to = c.first() > last ? c.first() : first;
        int commas = to > from + 1 ? v.commas[to] - v.commas[from + 1] : 0;
        // "On Sunday, France condemned Friday's attack": a possessive day qualifies a noun of the object; any other time wins
        int possessive = c.possessive() ? CLAUSE_COST : 0;
        return (to - from) + COMMA_COST * commas + CLAUSE_COST * Math.abs(v.clause[c.first()] - v.clause[first]) + possessive;
    }

    /**
     * The date of {@code c} for the act at tokens {@code [first, last]}: a bare weekday of an act told in the future
     * is the next such day ({@link PlannedWeekday}).
     */
    EventDate dateOfAct(SentenceView v, Candidate c, List<Candidate> all, LocalDate dct, int first, int last) {
        EventDate d = date(v, c, all, dct);
        if (d.granularity() != Granularity.DAY || !PlannedWeekday.ahead(v, c, first, last, dct, d.start())) {
            return d;
        }
        LocalDate day = d.start().plusDays(7);
        String prep = c.first() > 0 && cues.governing.contains(v.tokens.get(c.first() - 1).lower())
                ? v.tokens.get(c.first() - 1).text() + " " : "";
        return new EventDate(day.toString(), day, day, Granularity.DAY, d.basis(),
                derivation(prep + c.timex().text(), dct, d.basis(), day, day) + PlannedWeekday.NOTE);
    }

    /** The event date of {@code c}, joined with a following day ("Thursday and Friday") into an interval. */
    EventDate date(SentenceView v, Candidate c, List<Candidate> all, LocalDate dct) {
        TimeExpression t = c.timex();
        // "in Tuesday's clashes": the preposition belongs to the noun, the day is the noun's ("'Tuesday's'")
        String prep = !c.possessive() && c.first() > 0 && cues.governing.contains(v.tokens.get(c.first() - 1).lower())
                ? v.tokens.get(c.first() - 1).text() + " " : "";
        String own = c.possessive() ? "'s" : "";
        DateBasis basis = YEAR.matcher(t.text()).find() ? DateBasis.EXPLICIT : DateBasis.RELATIVE;
        for (Candidate other : all) {
            int gap = other.first() - c.last();
            if (gap == 2 && !other.bound() && JOINERS.contains(v.tokens.get(c.last() + 1).lower())
                    && other.timex().start().isAfter(t.end())) {
                String value = t.start() + "/" + other.timex().end();
                String phrase = prep + t.text() + " " + v.tokens.get(c.last() + 1).text() + " " + other.timex().text();
                return new EventDate(value, t.start(), other.timex().end(), Granularity.INTERVAL, basis,
                        derivation(phrase, dct, basis, t.start(), other.timex().end()));
            }
        }
        Granularity g = granularity(t.value());
        if (g == Granularity.DAY && LeadWeekday.dayAfter(v, c, dct)) {
            LocalDate day = t.start().plusDays(7);
            return new EventDate(day.toString(), day, day, g, basis, derivation(prep + t.text(), dct, basis, day, day) + LeadWeekday.NOTE);
        }
        String value = g == Granularity.DAY ? t.start().toString() : t.value();
        return new EventDate(value, t.start(), t.end(), g, basis, derivation(prep + t.text() + own, dct, basis, t.start(), t.end()));
    }

    /**
     * The start of the act's object ("imposed a curfew from 6 p.m. Friday until Saturday morning" -> Friday): a
     * bound opened by "from" after the act in its clause, within {@value #OBJECT_WINDOW} words, when no other time of
     * the sentence governs the act; a start after publication is a plan's and dates nothing, a year's or a month's
     * starts a state.
     */
    EventDate objectStart(SentenceView v, List<Candidate> all, int last, LocalDate dct) {
        for (Candidate c : all) {
            if (c.bound() && c.first() > last && c.first() - last <= OBJECT_WINDOW && v.clause[c.first()] == v.clause[last]
                    && START_MARKS.contains(v.tokens.get(c.first() - 1).lower())
                    && granularity(c.timex().value()) == Granularity.DAY // "ruled it as a colony from 1911 to 1943": a state
                    && (dct == null || !c.timex().start().isAfter(dct))) {
                EventDate d = date(v, c, List.of(), dct);
                return new EventDate(d.value(), d.start(), d.end(), d.granularity(), d.basis(),
                        "the start of its object, " + d.derivation());
            }
        }
        return null;
    }

    /**
     * A day named elsewhere in the sentence ("As protests swept Egypt on Friday, the president deployed the army"):
     * the first day that is no bound, no chronology heading, not in a relative clause and not after publication.
     */
    EventDate sentenceDay(SentenceView v, List<Candidate> all, LocalDate dct) {
        EventDate d = namedDay(v, all, dct);
        return d == null ? null : new EventDate(d.value(), d.start(), d.end(), d.granularity(), DateBasis.INFERRED,
                "no time of its own: the day named in its sentence, " + d.derivation());
    }

    /** That day as the sentence names it, or null. */
    EventDate namedDay(SentenceView v, List<Candidate> all, LocalDate dct) {
        for (Candidate c : all) {
            if (!c.bound() && !c.heading() && !c.relative() && granularity(c.timex().value()) == Granularity.DAY
                    && (dct == null || !c.timex().start().isAfter(dct))) {
                return date(v, c, List.of(), dct);
            }
        }
        return null;
    }

    /**
     * The lines of {@code text} that are a date and nothing else ("2011-01-25", "March 5, 2011:"), by
     * offset, when there are at least two: the headings of a chronology, each dating the lines after it.
     * One such line alone is a dateline, not a chronology.
     */
    static java.util.NavigableMap<Integer, TimeExpression> dateHeadings(String text, List<TimeExpression> timexes) {
        java.util.NavigableMap<Integer, TimeExpression> out = new java.util.TreeMap<>();
        for (TimeExpression t : timexes) {
            if (!t.isAnchored() || t.type() != TimexType.DATE) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', Math.max(0, t.span().start() - 1)) + 1;
            int lineEnd = text.indexOf('\n', t.span().end());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String before = text.substring(lineStart, t.span().start()).strip();
            String after = text.substring(t.span().end(), lineEnd).strip();
            if (before.isEmpty() && (after.isEmpty() || HEADING_MARKS.contains(after))) {
                out.put(t.span().start(), t);
            }
        }
        return out.size() >= 2 ? out : java.util.Collections.emptyNavigableMap();
    }

    /** An act without a time of its own under a chronology heading: the heading's date. */
    EventDate headed(TimeExpression heading, LocalDate dct) {
        DateBasis basis = YEAR.matcher(heading.text()).find() ? DateBasis.EXPLICIT : DateBasis.RELATIVE;
        Granularity g = granularity(heading.value());
        String value = g == Granularity.DAY ? heading.start().toString() : heading.value();
        return new EventDate(value, heading.start(), heading.end(), g, basis, "no time of its own: the date heading its item of a chronology, "
                + derivation(heading.text(), dct, basis, heading.start(), heading.end()));
    }

    /**
     * A speech with no time of its own right after a speech of the same speaker dated by a weekday ("NATO said
     * Sunday that ... . / 'However, ...,' a NATO statement said."): the same occasion, so the same day. Only a
     * weekday's date is carried (a date of what was said, "a February 26 resolution", "two days ago", is not the
     * speech's); the earlier speech must end within {@value #OCCASION_REACH} characters before this sentence.
     */
    EventDate sameOccasion(List<Event> earlier, int sentenceStart, List<String> source, EventDate published) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event e = earlier.get(i);
            Passage p = e.passages().get(0);
            if (p.span().start() >= sentenceStart) {
                continue; // an act of this sentence
            }
            if (sentenceStart - p.span().end() > OCCASION_REACH) {
                return published;
            }
            if (!cues.sayingTypes.contains(e.type())) {
                continue;
            }
            EventDate d = e.date();
            boolean weekday = d != null && d.basis() == DateBasis.RELATIVE && d.granularity() == Granularity.DAY
                    && DateWords.occasionDay(d.derivation());
            if (!weekday || source.isEmpty() || !e.source().equals(source)) {
                return published;
            }
            return new EventDate(d.value(), d.start(), d.end(), d.granularity(), DateBasis.INFERRED,
                    "no time of its own: the day of the same speaker's words just before, " + d.derivation());
        }
        return published;
    }

    /** An act told in the present tense ("Man sets himself on fire", "has relocated"): reported on the publication date. */
    EventDate presentTense(LocalDate dct) {
        return EventDate.day(dct, DateBasis.PUBLISHED,
                "no time of its own, told in the present tense: reported in an article published " + DAY.format(dct) + " -> " + DAY.format(dct));
    }

    /**
     * An act its speaker puts before the speech ("have destroyed ..., an engineer said on Sunday"): reported on the
     * speech's day (basis published, shown "reported on"), not done then.
     */
    EventDate reportedOn(EventDate speech) {
        return new EventDate(speech.value(), speech.start(), speech.end(), speech.granularity(), DateBasis.PUBLISHED,
                "no time of its own, earlier than its report: reported " + speech.derivation());
    }

    /** Reported speech without a time of its own: the publication date. */
    EventDate published(LocalDate dct) {
        return EventDate.day(dct, DateBasis.PUBLISHED,
                "no time of its own: reported in an article published " + DAY.format(dct) + " -> " + DAY.format(dct));
    }

    static Granularity granularity(String value) {
        if (value.contains("/")) {
            return Granularity.INTERVAL;
        }
        if (DAY_VALUE.matcher(value).matches()) {
            return Granularity.DAY;
        }
        if (WEEK_VALUE.matcher(value).matches()) {
            return Granularity.WEEK;
        }
        if (MONTH_VALUE.matcher(value).matches()) {
            return Granularity.MONTH;
        }
        if (QUARTER_VALUE.matcher(value).matches()) {
            return Granularity.QUARTER;
        }
        return YEAR_VALUE.matcher(value).matches() ? Granularity.YEAR : Granularity.INTERVAL;
    }

    private static String derivation(String phrase, LocalDate dct, DateBasis basis, LocalDate start, LocalDate end) {
        String to = start.equals(end) ? DAY.format(start) : DAY.format(start) + " .. " + DAY.format(end);
        if (basis == DateBasis.EXPLICIT || dct == null) {
            return "'" + phrase + "' -> " + to;
        }
        return "'" + phrase + "' in an article published " + DAY.format(dct) + " -> " + to;
    }
}
