package org.annalist.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.actors.ActorCatalog;
import org.annalist.actors.ActorMention;
import org.annalist.corpus.Article;
import org.annalist.text.PosTagger;
import org.annalist.text.SentenceSplitter;
import org.annalist.text.Span;
import org.annalist.text.Tokenizer;
import org.annalist.time.TimeExpression;

/**
 * The rule-based event extractor: per sentence, the trigger phrases of the lexicon that head an
 * act, their actors by word order, their date from the governing time expression, and a summary.
 * Every word list lives in {@code lexicon.json} and {@code cues.json}.
 */
public final class RuleEventExtractor implements EventExtractor {

    private final ActorCatalog catalog;
    private final EventLexicon lexicon;
    private final Cues cues;
    private final RoleFinder roles;
    private final Modality grammar;
    private final CameoDictionary cameo = CameoDictionary.standard();
    private final ExtractionRules rules;
    private final PosTagger tagger = PosTagger.standard().loaded();
    private final SentenceSplitter splitter = SentenceSplitter.standard();
    private final Tokenizer tokenizer = new Tokenizer();

    public RuleEventExtractor(ActorCatalog catalog) {
        this.catalog = catalog;
        this.lexicon = EventLexicon.load();
        this.cues = Cues.load();
        this.roles = new RoleFinder(cues);
        this.grammar = new Modality(cues);
        this.rules = new ExtractionRules(catalog, lexicon, cues, roles, new EventDater(cues),
                new Summarizer(catalog, cues, tagger), new HeadFinder(lexicon, cues), grammar, new SectorPlacer(catalog), cameo);
    }

    @Override
    public List<Event> extract(Article article, List<TimeExpression> timexes, List<ActorMention> mentions) {
        String text = article.text();
        LocalDate dct = article.published().date();
        Discourse discourse = new Discourse(catalog, mentions.stream().filter(m -> !article.isExcluded(m.span())).toList());
        PersonTrail persons = new PersonTrail(cues, roles, lexicon);
        List<Event> out = new ArrayList<>();
        QuoteTracker quotes = new QuoteTracker(text);
        int spokenFrom = Transcript.turnsFrom(text, cues); // a broadcast transcript's turns: the speakers' words
        int mi = 0;
        int ti = 0;
        List<Span> sentences = splitter.split(text);
        NarrativeReach reach = new NarrativeReach(text, sentences); // how far a sentence's narrative time carries
        boolean expertSpeaking = false; // the person last speaking is an analyst, a writer, "some"
        java.util.NavigableMap<Integer, TimeExpression> headings = EventDater.dateHeadings(text, timexes);
        // a live blog's entry is written on its stamp's day: that is its sentences' "now"
        java.util.NavigableMap<Integer, LocalDate> entryDays = org.annalist.time.LiveBlog.standard().entryDays(text, dct);
        for (SentencePieces.Piece piece : pieces(article, text, sentences)) {
            Span s = piece.span();
            boolean startsQuoted = quotes.openAt(s.start(), s.end());
            while (mi < mentions.size() && mentions.get(mi).span().start() < s.start()) {
                mi++;
            }
            while (ti < timexes.size() && timexes.get(ti).span().end() <= s.start()) {
                ti++;
            }
            if (article.isExcluded(s)) {
                continue;
            }
            List<ActorMention> ms = new ArrayList<>();
            for (int k = mi; k < mentions.size() && mentions.get(k).span().start() < s.end(); k++) {
                if (s.contains(mentions.get(k).span())) {
                    ms.add(mentions.get(k));
                }
            }
            List<TimeExpression> ts = new ArrayList<>();
            for (int k = ti; k < timexes.size() && timexes.get(k).span().start() < s.end(); k++) {
                ts.add(timexes.get(k));
            }
            SentenceView v = new SentenceView(s, piece.tokens(), ms, ts,
                    startsQuoted, lexicon, cues);
            EventDate narrative = reach.at(s, ts); // a new paragraph: its own narrative time
            // "An analyst said": asked before the noun-use check, which reads "analyst said" after "an" as a noun group
            boolean expertSpeaks = grammar.expertSpeaks(v);
            v.reporting.removeIf(r -> grammar.nounUse(v, r)); // "in a national address": no one speaks
            if (v.canHoldAct()) {
                v.tag(tagger, cameo, lexicon, cues); // tagging costs: only sentences with an actor, only the words asked
            }
            if (v.reporting.stream().anyMatch(r -> roles.unknownNamedSpeaker(v, r))) {
                discourse.unknownSpeaker(); // "Mohamed Fathi said ... he": not an earlier actor
            }
            // unquoted "I"/"we": a reader's comment or an interviewee's words, no actor's act
            boolean spoken = Transcript.spoken(text, s.start(), spokenFrom, cues);
            persons.read(v, discourse);
            // an analyst's second sentence ("He added that ...") is still a view
            boolean expert = expertSpeaks || expertSpeaking && grammar.pronounSpeaker(v);
            expertSpeaking = expert || expertSpeaking && !v.mentions.stream().anyMatch(m -> m.mention().person())
                    && v.reporting.isEmpty();
            if ((!v.triggers.isEmpty() || !v.reporting.isEmpty()) && !spoken && !grammar.firstPerson(v, quotes.continued())
                    && !expert && !grammar.viewOrCaption(v)) { // an analyst's view, a photo caption
                Map.Entry<Integer, TimeExpression> heading = headings.floorEntry(s.start());
                Map.Entry<Integer, LocalDate> entry = entryDays.floorEntry(s.start());
                reach.after(new SentenceActs(rules, v, article, entry == null ? dct : entry.getValue(), discourse, out, narrative, persons,
                        heading == null ? null : heading.getValue()).extract());
            }
            discourse.endSentence(v, cues);
            persons.endSentence();
        }
        return out;
    }

    /**
     * The sentences, with any longer than {@link SentencePieces#MAX_TOKENS} tokens cut into pieces
     * (text without sentence punctuation): every stage after this one works per piece, so the work
     * grows with the length of the text, not with the square of a sentence's length.
     */
    private List<SentencePieces.Piece> pieces(Article article, String text, List<Span> sentences) {
        List<SentencePieces.Piece> out = new ArrayList<>(sentences.size());
        for (Span sentence : sentences) {
            for (Span s : article.outsideExcluded(sentence)) { // a sentence glued to furniture keeps its own part
                SentencePieces.cut(tokenizer.tokenize(text, s.start(), s.end()), s, out);
            }
        }
        return out;
    }
}
