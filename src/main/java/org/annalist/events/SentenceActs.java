package org.annalist.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.actors.ActorCatalog;
import org.annalist.corpus.Article;
import org.annalist.time.TimeExpression;

/** The acts of one sentence: its heads, their roles, status, date and summary, appended to the article's events. */
final class SentenceActs {
    private static final Set<String> ADDRESSING = Set.of("told", "tells", "tell", "telling", "addressing");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "him", "her");

    private final ActorCatalog catalog;
    private final EventLexicon lexicon;
    private final Cues cues;
    private final RoleFinder roles;
    private final EventDater dater;
    private final Summarizer summarizer;
    private final HeadFinder headFinder;
    private final Modality grammar;
    private final SectorPlacer placer;
    private final CameoDictionary cameo;
    private final SentenceView v;
    private final ClauseTense tense;
    private final Article article;
    private final LocalDate dct;
    private final Discourse discourse;
    private final PersonTrail persons;
    private final List<Event> out;
    private final List<EventDater.Candidate> candidates;
    private final List<int[]> anchors = new ArrayList<>();
    private final List<Event> mine = new ArrayList<>();
    private List<String> lastHeadSource;
    /** The reporting verb of the statement being emitted, or -1. */
    private int speech = -1;

    /** The time of the last dated past act of this paragraph, for past acts without a time of their own. */
    private EventDate narrative;
    /** The date line heading this part of a chronology, or null. */
    private final TimeExpression heading;

    SentenceActs(ExtractionRules rules, SentenceView v, Article article, LocalDate dct, Discourse discourse, List<Event> out,
                 EventDate narrative, PersonTrail persons, TimeExpression heading) {
        this.catalog = rules.catalog();
        this.lexicon = rules.lexicon();
        this.cues = rules.cues();
        this.roles = rules.roles();
        this.dater = rules.dater();
        this.summarizer = rules.summarizer();
        this.headFinder = rules.headFinder();
        this.grammar = rules.grammar();
        this.placer = rules.placer();
        this.cameo = rules.cameo();
        this.persons = persons;
        this.narrative = narrative;
        this.heading = heading;
        this.v = v;
        this.tense = new ClauseTense(v, cues);
        this.article = article;
        this.dct = dct;
        this.discourse = discourse;
        this.out = out;
        this.candidates = dater.candidates(v);
    }

    /** Extracts the sentence's acts; returns the paragraph's narrative time after them. */
    EventDate extract() {
        List<HeadFinder.Head> heads = headFinder.heads(v);
        heads.forEach(h -> anchors.add(new int[] {h.trigger().first(), h.trigger().last()}));
        v.reporting.forEach(r -> anchors.add(new int[] {r, r}));
        for (HeadFinder.Head h : heads) {
            act(h.trigger(), h.verb());
        }
        if (narrative == null) { // "As protests swept Egypt on Friday, ...": the next past acts of the paragraph happen then
            narrative = dater.namedDay(v, candidates, dct);
        }
        for (int r : v.reporting) {
            boolean content = heads.stream().anyMatch(h -> h.trigger().first() > r
                    && v.clause[h.trigger().first()] == v.clause[r]);
            if (!content && (heads.isEmpty() || heads.stream().noneMatch(h -> h.trigger().first() < r && v.clause[h.trigger().first()] == v.clause[r]))
                    && !noSpeech(r)) { // "it is difficult to tell", "added impetus to"
                statement(r);
                break;
            }
        }
        return narrative;
    }

    private void act(TriggerMatch h, boolean verb) {
        speech = -1;
        if (grammar.naturalSubject(v, h) || grammar.notAnAct(v, h, verb)) {
            return; // "the earthquake struck", "when it comes to", "who has ruled for 40 years": no actor's act
        }
        // "so that it could send aid", "was expected to step down", "seems to suggest", a question: kept, not drawn
        Modality.Infinitive infinitive = grammar.infinitive(v, h, verb);
        boolean supposed = cues.hypothetical.within(v.tokens, h.first() - 3, h.first())
                || cues.expectation.within(v.tokens, h.first() - 4, h.first())
                || infinitive == Modality.Infinitive.SUPPOSED || v.question
                || grammar.onlyAView(v, h) // "doesn't expect the army to allow", "asks whether"
                || grammar.supposedPredicate(v, h, verb); // "Discussions will likely continue"
        boolean conditional = cues.conditional.within(v.tokens, tense.clauseStart(h.first()), h.first()) // "if Moscow were to oppose"
                || grammar.pendingCondition(v, h); // "once he resigns"
        EventType type = h.rule().type();
        double tone = h.rule().tone();
        boolean negated = cues.negation.within(v.tokens, h.first() - 3, h.first());
        EventStatus modality = supposed ? EventStatus.HYPOTHETICAL : conditional ? EventStatus.CONDITIONAL : null;
        boolean refusal = negated && cues.negatedType.get(type) == EventType.REJECT;
        if (refusal) {
            type = EventType.REJECT; // "did not agree", "refused to support": a refusal is an act
            tone = lexicon.toneOf(type);
        } else if (negated && modality == null) {
            modality = EventStatus.NEGATED; // "did not provide the permits": no act
        }
        if (modality == null && grammar.absent(v, h)) {
            modality = EventStatus.NEGATED; // "no reports of Americans killed"
            negated = true;
        }
        if (modality == null && cues.denial.within(v.tokens, h.first() - 3, h.first())) {
            modality = EventStatus.DENIED; // "Russia denied bombing the convoy": the denial is the act
        }
        if (modality == null && cues.demandModals.within(v.tokens, h.first() - 2, h.first())
                && reporter(h.first()).isEmpty()) {
            modality = EventStatus.DEMANDED; // "Russia must stop the bombing", said by nobody in particular
        }
        List<Integer> stops = anchors.stream().map(a -> a[0]).filter(a -> a != h.first()).toList();
        RoleFinder.Roles r = roles.roles(v, h.first(), h.last(), h.form(), type, stops);
        List<String> source = verb ? r.source() : roles.nounAgent(v, h.first());
        List<String> target = pronounTarget(h).orElse(r.target());
        boolean participle = h.form() == Inflector.Form.GERUND && h.first() > 0
                && v.tokens.get(h.first() - 1).lower().equals(",") && !mine.isEmpty();
        boolean coordinated = verb && h.first() > 0 && v.tokens.get(h.first() - 1).lower().equals("and")
                && lastHeadSource != null;
        if (participle) {
            source = mine.get(mine.size() - 1).source(); // ", accusing it of ...": same subject
        } else if (coordinated && r.source().isEmpty()) {
            source = lastHeadSource; // "asks ... and threatens": the same subject
        } else if (tense.isParticipleClause(h)) {
            source = mainSubject();
        } else if (verb && r.anaphoric()) {
            source = fallbackSource(h, r.anaphor());
        } else if (source.isEmpty() && !r.passive() && cues.sayingTypes.contains(type)
                && v.reporting.stream().anyMatch(x -> x < h.first())) {
            source = reporter(h.first()); // "Russia said the ceasefire was unrealistic": the speaker judges
        }
        if (target.isEmpty()) {
            target = roles.venue(v, source, type); // an envoy's state acting at the organisation it is accredited to
        }
        if (target.isEmpty() && verb && !r.passive()) {
            target = roles.describedTarget(v, h.last(), stops, discourse, source); // "criticised the government"
        }
        EventType byState = lexicon.stateType(h.rule(), !source.isEmpty()
                && source.stream().allMatch(id -> catalog.get(id).kind() == org.annalist.actors.ActorKind.STATE), v.tokens, h.first());
        if (byState != null && !refusal) { // "police blocked roads": a state's blocking coerces, protesters' protests
            type = byState;
            tone = lexicon.toneOf(type);
        }
        EventType byCivilians = byState == null && !refusal ? lexicon.civilType(h.rule(), v.tokens, h.first()) : null;
        if (byCivilians != null) { // "protesters moved into the square": civilians occupying a place protest
            type = byCivilians;
            tone = lexicon.toneOf(type);
        }
        int modal = demandModalBefore(h);
        if (modal >= 0) {
            List<String> reporter = reporter(h.first());
            if (!reporter.isEmpty()) { // "X said Y must do Z": X demands of Y
                List<String> demanded = roles.subject(v, modal, cues.subjectWindow, true).source();
                target = demanded.isEmpty() ? (source.isEmpty() ? target : source) : demanded;
                source = reporter;
                type = EventType.REQUEST;
                tone = lexicon.toneOf(type);
            }
        }
        // "would not agree": the refusal is made now, not an intent for later
        boolean plannedCue = !refusal && (cues.planned.within(v.tokens, h.first() - 5, h.first())
                || infinitive == Modality.Infinitive.PLANNED); // "Obama to visit Cairo"
        boolean ownTime = dater.governing(v, candidates, h.first(), h.last(), anchors) != null;
        if (verb && plannedCue && !ownTime && type != EventType.REQUEST) {
            // an intent without a date of its own: "will support", "would boycott"
            // an announced plan ("announced it would close the crossing") is a plan of its own type, not a threat
            EventType intent = announced(h) ? type : cues.cooperativeTypes.contains(type) ? EventType.AGREE
                    : cues.hostileTypes.contains(type) ? EventType.THREATEN : type;
            if (intent != type) {
                type = intent;
                tone = lexicon.toneOf(type);
                modality = modality == null && intent == EventType.THREATEN ? EventStatus.THREATENED : modality;
            }
        }
        if (plannedCue && cues.conditionalThreat.within(v.tokens, h.last() + 1, v.tokens.size())) {
            type = EventType.THREATEN;
            tone = lexicon.toneOf(type);
            modality = modality == null || modality == EventStatus.HYPOTHETICAL || modality == EventStatus.CONDITIONAL
                    ? EventStatus.THREATENED : modality;
        }
        lastHeadSource = source;
        EventDate date = relativeBackground(h, dateOf(h, type));
        boolean pastTense = tense.isPast(h);
        if (date == null && verb && dct != null && tense.presentTense(h) && !tense.timeInClause(h.first())
                && !cues.habitual.within(v.tokens, 0, v.tokens.size())) {
            date = dater.presentTense(dct); // a headline's "Man sets himself on fire": reported on publication
        }
        boolean background = tense.pastPerfect(h.first()) || cues.habitual.within(v.tokens, 0, v.tokens.size());
        if ((date == null || date.basis() == DateBasis.PUBLISHED) && verb && !background
                && dater.governing(v, candidates, h.first(), h.last(), anchors) == null) {
            // "imposed a curfew from 6 p.m. Friday until Saturday morning": the act starts its object
            EventDate start = dater.objectStart(v, candidates, h.last(), dct);
            // "As protests swept Egypt on Friday, the president deployed the army": the sentence's day (not "have joined")
            EventDate named = pastTense && !tense.presentTense(h) && !cues.sayingTypes.contains(type) ? dater.sentenceDay(v, candidates, dct) : null;
            date = start != null ? start : named != null ? named : date;
        }
        // the paragraph's narrative time before the publication date: "... on Monday. The aircraft returned to attack, they said."
        if ((date == null || date.basis() == DateBasis.PUBLISHED) && pastTense && narrative != null
                && (!cues.sayingTypes.contains(type) || narrativeSpeech(h)) && !tense.pastPerfect(h.first()) && tense.nextStep(h)
                && !cues.habitual.within(v.tokens, 0, v.tokens.size())) {
            date = new EventDate(narrative.value(), narrative.start(), narrative.end(), narrative.granularity(),
                    DateBasis.INFERRED, "no time of its own: the narrative time of its paragraph, " + narrative.derivation());
        } else if (date != null && pastTense && date.basis() != DateBasis.PUBLISHED && date.basis() != DateBasis.INFERRED
                && (dct == null || !date.start().isAfter(dct))) {
            narrative = date; // "On Monday, Russia attacked ...": later past acts of the paragraph happen then
        }
        boolean joined = participle || (h.first() > 0 && v.tokens.get(h.first() - 1).lower().equals("and"));
        if (joined && !mine.isEmpty() && (date == null || date.basis() == DateBasis.PUBLISHED)
                && dater.governing(v, candidates, h.first(), h.last(), anchors) == null) {
            date = mine.get(mine.size() - 1).date(); // "spoke on Thursday and agreed", ", accusing it": the same time
        }
        date = sameOccasion(date, type, source);
        if (modality == EventStatus.DEMANDED && type == EventType.REQUEST) {
            modality = null; // the demand itself was made
        }
        CameoDictionary.Match code = verb ? cameo.code(v.tokens, h.first(), v.clauseStart(h.first()), v.clauseEnd(h.first())) : null;
        // the code travels only when it says what the event says (a negated "agree" is no 030)
        emit(h, type, tone, source, target, date, plannedCue, r.passive(), modality, negated,
                code == null ? null : code.codeFor(type, cameo));
    }

    private void statement(int r) {
        List<String> source = reporter(r + 1);
        if (source.isEmpty() || grammar.belief(v, r)) { // "Rebels believe ...": a view, no statement
            return;
        }
        EventType type = EventType.STATEMENT;
        List<String> target = v.mentions.stream()
                .filter(m -> m.first() > 0 && v.reporting.contains(m.first() - 1)
                        && ADDRESSING.contains(v.tokens.get(m.first() - 1).lower()))
                .map(MentionRef::actorId).limit(1).toList();
        for (int i = r + 1; i < v.tokens.size(); i++) {
            if (cues.demandModals.endsAt(v.tokens, i)) {
                type = EventType.REQUEST;
                target = roles.subject(v, i - 1 - (cues.demandModals.endsAt(v.tokens, i - 1) ? 1 : 0) + 1).source();
                break;
            }
        }
        List<String> t = new ArrayList<>(target);
        t.removeAll(source);
        speech = r;
        CameoDictionary.Match code = cameo.code(v.tokens, r, v.clauseStart(r), v.clauseEnd(r));
        emit(null, type, lexicon.toneOf(type), source, t, sameOccasion(dateOf(r, r, type), type, source), false, false,
                v.question ? EventStatus.HYPOTHETICAL : null, false, code == null ? null : code.codeFor(type, cameo));
    }

    /** "Egypt announced it would close the crossing": an announcement verb reports the act's plan (lexicon.json). */
    private boolean announced(TriggerMatch h) {
        return v.reporting.stream().anyMatch(r -> r < h.first() && lexicon.announces(v.tokens.get(r).lower()));
    }

    /** The token index where a demand modal ("must", "should") ends between the last reporting verb and {@code h}, or -1. */
    private int demandModalBefore(TriggerMatch h) {
        int r = -1;
        for (int x : v.reporting) {
            r = x < h.first() ? x : r;
        }
        for (int i = h.first() - 1; i > r && r >= 0; i--) {
            if (cues.demandModals.endsAt(v.tokens, i)) {
                return firstTokenOfModal(i);
            }
        }
        return -1;
    }

    /** "must" starts at itself, "has to" one word earlier. */
    private int firstTokenOfModal(int end) {
        return v.tokens.get(end).lower().equals("to") ? end - 1 : end;
    }

    /**
     * "the soldiers who joined the demonstrators, witnesses said": a past act of a relative clause with no time of its
     * own tells what its noun did before the report, so the report's publication day is not its day (left undated).
     */
    private EventDate relativeBackground(TriggerMatch h, EventDate date) {
        int start = v.relativeStart(v.clause[h.first()], cues);
        // "diplomats who attended the meeting told Reuters that Rice raised the issue": what the relative's noun said
        boolean said = v.reporting.stream().anyMatch(r -> r > start && r < h.first());
        return dct != null && start >= 0 && !said && tense.isPast(h) && dater.published(dct).equals(date) ? null : date;
    }

    /**
     * A speech act told as a step of the story ("Malta rejected the request", "He vowed to die a martyr" after a
     * speech named on Tuesday) may take the paragraph's narrative day; a reporting verb ("said", "told") keeps the
     * report's day, which is mostly the publication's.
     */
    private boolean narrativeSpeech(TriggerMatch h) {
        return !v.reporting.contains(h.first());
    }

    /** The first actor of the sentence that is not a place: the main clause's subject. */
    private List<String> mainSubject() {
        return v.mentions.stream().filter(m -> !m.locative()).findFirst()
                .map(m -> List.of(m.actorId())).orElse(List.of());
    }

    private java.util.Optional<List<String>> pronounTarget(TriggerMatch h) {
        int k = h.last() + 1;
        boolean possessive = k + 1 < v.tokens.size() && v.tokens.get(k).lower().equals("her") && v.tokens.get(k + 1).isWord()
                && !cues.functionWords.contains(v.tokens.get(k + 1).lower()) && !v.tokens.get(k + 1).lower().endsWith("ly")
                && !TokenShapes.inTimex(v, k + 1); // "met her Egyptian counterpart": whose, not whom
        if (k < v.tokens.size() && !possessive && OBJECT_PRONOUNS.contains(v.tokens.get(k).lower())) {
            List<String> prev = mine.isEmpty() ? discourse.lastTarget() : mine.get(mine.size() - 1).target();
            return java.util.Optional.of(prev);
        }
        return java.util.Optional.empty();
    }

    /**
     * The actor of an act whose subject is a pronoun: "Russia said it would veto" -> the speaker before
     * it; in "they attacked the town, activists said" the reporter after it is no candidate.
     */
    private List<String> fallbackSource(TriggerMatch h, String anaphor) {
        if (v.reporting.stream().anyMatch(r -> r < h.first())) {
            List<String> reporter = reporter(h.first());
            if (!reporter.isEmpty()) {
                return reporter;
            }
            if (v.reporting.stream().anyMatch(r -> r < h.first() && roles.unknownSpeaker(v, r))) {
                return List.of(); // "Rebels have said they will ...": they are the rebels, nobody we know
            }
        }
        return anaphor != null ? resolve(anaphor, h.first()) : List.of();
    }

    /** "he"/"she" stand for the last person spoken of (maybe nobody we know); other anaphors as the discourse says. */
    private List<String> resolve(String anaphor, int at) {
        List<String> person = persons.resolve(anaphor, at);
        return person != null ? person : discourse.resolve(anaphor);
    }

    /**
     * Who reports the act at {@code at}: the speaker of the sentence's reporting verb, and anyone
     * introduced by "according to" ("..., according to the Syrian Observatory").
     */
    private List<String> attribution(int at) {
        List<String> out = new ArrayList<>(v.reporting.isEmpty() ? List.of() : reporter(at));
        for (MentionRef m : v.mentions) {
            int before = m.first() - 1;
            before -= before >= 0 && v.tokens.get(before).lower().equals("the") ? 1 : 0;
            if (cues.attribution.endsAt(v.tokens, before) && !out.contains(m.actorId())) {
                out.add(m.actorId());
            }
        }
        return out;
    }

    /** Who speaks in this sentence: the subject of a reporting verb, before it or right after it. */
    private List<String> reporter(int notAt) {
        for (int r : v.reporting) {
            RoleFinder.Roles s = roles.subject(v, r);
            if (!s.source().isEmpty()) {
                return s.source();
            }
            if (s.anaphoric()) {
                return resolve(s.anaphor(), r);
            }
            if (roles.unknownSpeaker(v, r) || (r + 1 < v.tokens.size() && v.tokens.get(r + 1).lower().equals("that"))) {
                continue; // "The newspaper Ha-aretz writes that Mr. Obama ...": Obama is what was said, not who said it
            }
            List<String> after = v.mentions.stream() // inverted: "..., said the French foreign ministry"
                    .filter(m -> m.first() > r && m.first() <= r + 3 && !m.locative())
                    .map(MentionRef::actorId).limit(1).toList();
            if (!after.isEmpty()) {
                return after;
            }
        }
        return List.of();
    }

    /** A speech dated only by publication, right after the same speaker's words of a named day: that day. */
    private EventDate sameOccasion(EventDate date, EventType type, List<String> source) {
        return date != null && date.basis() == DateBasis.PUBLISHED && cues.sayingTypes.contains(type)
                && !date.derivation().contains("present tense") ? dater.sameOccasion(out, v.span.start(), source, date) : date;
    }

    private EventDate dateOf(TriggerMatch h, EventType type) {
        return dateOf(h.first(), h.last(), type);
    }

    /**
     * "At the time, X said", "X said recently": not said on the publication day (no date of its own). The words
     * open the sentence before a comma ("At the time of his capture, ..." does not) or follow the verb at once.
     */
    private boolean spokenEarlier(int verb) {
        int opener = cues.earlierSpeech.lengthAt(v.tokens, 0);
        if (opener > 0 && opener < v.tokens.size() && v.tokens.get(opener).lower().equals(",")) {
            return true;
        }
        return cues.earlierSpeech.lengthAt(v.tokens, verb + 1) > 0
                || v.reporting.stream().anyMatch(r -> cues.earlierSpeech.lengthAt(v.tokens, r + 1) > 0);
    }

    private EventDate dateOf(int first, int last, EventType type) {
        EventDater.Candidate c = dater.governing(v, candidates, first, last, anchors);
        // "Turkey had attacked", "Gadhafi had said in an earlier speech that ...": before the story, unless a
        // speaker of the story reports it ("said on Monday it had attacked")
        boolean background = (tense.pastPerfect(first) || !v.reporting.isEmpty())
                && v.reporting.stream().noneMatch(r -> r != first && !tense.pastPerfect(r))
                && (tense.pastPerfect(first) || v.reporting.stream().allMatch(tense::pastPerfect));
        if (c == null) { // the reporting verb's own time: "had claimed earlier Sunday that a strike hit"
            for (int r : v.reporting) {
                c = c != null || tense.otherRelative(r, first) ? c : dater.governing(v, candidates, r, r, anchors);
            }
            if (c != null && tense.beforeItsReport(first)) { // "have destroyed vehicles ..., an engineer said on Sunday"
                return dater.reportedOn(dater.date(v, c, candidates, dct));
            }
        }
        if (c != null && tense.beforeItsReport(first) && tense.speechTime(c, first)) {
            return dater.reportedOn(dater.date(v, c, candidates, dct)); // "have destroyed ..., X said on Sunday"
        }
        if (c != null) {
            return dater.dateOfAct(v, c, candidates, dct, first, last); // "will meet on Monday": the next Monday
        }
        if (background) {
            return null; // "Gadhafi had said in an earlier speech": background before the story, no date of its own
        }
        if (heading != null) {
            return dater.headed(heading, dct); // an item of a chronology: its heading's date
        }
        boolean spoken = cues.sayingTypes.contains(type) || !v.reporting.isEmpty();
        if (spoken && dct != null && !cues.habitual.within(v.tokens, 0, v.tokens.size()) && !spokenEarlier(first)) {
            return dater.published(dct);
        }
        return null;
    }

    /**
     * "it is difficult to tell", "added impetus to": a reporting verb that reports no speech, in a sentence where no
     * reporting verb does ("an official not authorized to speak said ..." still speaks).
     */
    private boolean noSpeech(int r) {
        CommentaryActs c = CommentaryActs.standard();
        return c.notASpeech(v, r) && v.reporting.stream().allMatch(x -> c.notASpeech(v, x));
    }

    /** "A Libyan resident said ...", "a former official hopes ...": private people's words are no act of any state. */
    private boolean privateWords(EventType type, List<String> source) {
        return type == EventType.STATEMENT && CommentaryActs.standard().privateSpeakers(source, catalog);
    }

    private void emit(TriggerMatch h, EventType type, double tone, List<String> source, List<String> target,
                      EventDate date, boolean plannedCue, boolean passive, EventStatus modality,
                      boolean negated, String cameoCode) {
        // "demonstrators" in Egypt: Egypt's opposition, not Egypt; not the group's backer's
        source = placer.place(v, source, discourse, target, type);
        target = placer.place(v, target, discourse, source, type);
        List<String> others = new ArrayList<>(target);
        others.removeAll(source);
        target = others;
        if (source.isEmpty() && target.isEmpty() || privateWords(type, source)) {
            return;
        }
        // a lead's "early Tuesday" the day after a page's US date is the region's today, not a plan (EventDater)
        boolean future = date != null && dct != null && date.start().isAfter(dct) && !EventDater.leadDayAfter(date);
        boolean past = date != null && dct != null && date.end().isBefore(dct);
        EventStatus status = modality != null ? modality
                : future || (plannedCue && !past) ? EventStatus.PLANNED : EventStatus.OCCURRED;
        for (Event e : mine) {
            if (e.type() == type && e.source().equals(source) && e.target().equals(target)) {
                return; // the same act said twice in one sentence
            }
        }
        String summary = summarizer.summary(v, h, speech, type, source, target, status, article.text(), passive, negated);
        if (summary == null) {
            return; // a statement with nothing said in it ("X says") is no act a reader can use
        }
        Passage p = new Passage(article.id(), v.span, v.span.of(article.text()));
        List<String> reported = new ArrayList<>(h == null ? List.of() : attribution(h.first()));
        reported.removeAll(source);
        reported.removeAll(target);
        Event e = new Event(article.id() + "#" + (out.size() + 1), date, type, tone, status, source, target,
                summary, List.of(p), null, reported, cameoCode);
        out.add(e);
        mine.add(e);
        discourse.acted(source, target);
    }
}
