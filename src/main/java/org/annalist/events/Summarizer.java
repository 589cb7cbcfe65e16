package org.annalist.events;

import java.util.List;
import java.util.stream.Collectors;
import org.annalist.actors.ActorCatalog;
import org.annalist.text.PosTagger;
import org.annalist.text.Token;

/**
 * Writes the one-line summary of an act: who did what to whom, with the object ("France calls for a
 * UN resolution"); a statement carries what was said ("Kerry: Russia and the regime owe the world an
 * explanation"). A line is never cut inside a phrase (it ends before a dangling preposition, article or
 * conjunction) and keeps a negation ("Syria does not provide the necessary permits").
 */
final class Summarizer {

    private static final int OBJECT_WORDS = 12;
    /** Tags a phrase may not end on when it was cut: determiners, prepositions, conjunctions, modals, possessives, verbs awaiting an object. */
    private static final java.util.Set<String> OPEN_TAGS = java.util.Set.of("DT", "PDT", "IN", "CC", "TO", "MD", "PRP$",
            "POS", "WDT", "WP", "WP$", "WRB", "VB", "VBZ", "VBP", "VBD", "VBG", "EX", "RP");
    private final ActorCatalog catalog;
    private final Cues cues;
    private final PosTagger tagger;
    private final SaidContent said;

    Summarizer(ActorCatalog catalog, Cues cues, PosTagger tagger) {
        this.catalog = catalog;
        this.cues = cues;
        this.tagger = tagger;
        this.said = new SaidContent(this, cues, tagger);
    }

    /** The summary of an act headed by {@code head}, or of a statement ({@code head} null) by reporting verb {@code speech}. */
    String summary(SentenceView v, TriggerMatch head, int speech, EventType type, List<String> source,
                   List<String> target, EventStatus status, String text, boolean passive, boolean negated) {
        if (head == null) {
            return said.said(v, speech, type, source, target, text);
        }
        if (passive && head.isVerb()) {
            return passive(v, head, source, target, status, text, negated);
        }
        String object = object(v, head, text, type);
        String who = names(source);
        boolean plural = SubjectPhrase.plural(actors(source));
        if (source.isEmpty() && head.isVerb()) {
            // no catalog actor: the clause's own subject ("Demonstrators march to ..."), not a bare verb
            SubjectPhrase subject = SubjectPhrase.of(cues, v, head.first(), tagger, text);
            who = subject == null ? "" : subject.text();
            plural = subject != null && subject.plural();
        }
        if (object.isEmpty() && target.isEmpty() && head.isVerb()) {
            String gap = gapObject(v, head, source, text); // "a compound that U.S. warplanes bombed"
            object = gap == null ? "" : gap;
        }
        String verb;
        if (head.isVerb()) {
            String[] words = head.rule().phrase().split(" ", 2);
            String rest = words.length > 1 ? " " + words[1] : "";
            if (object.isEmpty() && target.isEmpty() && cues.functionWords.contains(rest.substring(rest.lastIndexOf(' ') + 1))) {
                rest = rest.substring(0, rest.lastIndexOf(' ')); // "as called for by ...": no object, so no dangling "for"
            }
            verb = verbGroup(words[0], plural, status, negated) + rest;
        } else { // a noun act in its own words: "Demonstrations continue", not "Demonstration continue"
            String noun = text.substring(v.tokens.get(head.first()).start(), v.tokens.get(head.last()).end());
            verb = ": " + (who.isEmpty() ? noun : Character.toLowerCase(noun.charAt(0)) + noun.substring(1))
                    + (negated ? " (not held)" : "");
        }
        String line = (who.isEmpty() ? "" : who + (verb.startsWith(":") ? "" : " ")) + verb.trim() + (object.isEmpty() ? "" : " " + object);
        if (!target.isEmpty() && object.isEmpty() && !who.isEmpty() && !who.equals(names(target))) {
            line += " " + names(target); // "Libya bombs NATO": the target is the object the text left implicit
        }
        line = line.startsWith(": ") ? line.substring(2) : line;
        return line.isEmpty() ? type.label() : capital(line);
    }

    /**
     * A passive act: with an agent said actively ("a protester was shot by Turkish police" -> "Turkey
     * shoots a protester"; "Libya was attacked by NATO" -> "NATO attacks Libya"); without one, in the
     * text's own words with its auxiliary ("1,271 Afghan civilians were killed in the war"), never a
     * bare "Libya killed".
     */
    private String passive(SentenceView v, TriggerMatch head, List<String> source, List<String> target,
                           EventStatus status, String text, boolean negated) {
        int patientStart = patientStart(v, head);
        String object = object(v, head, text, null);
        if (!source.isEmpty()) {
            String patient = !target.isEmpty() ? names(target)
                    : patientStart < 0 ? "" : lowerArticle(v, patientStart, patientText(v, patientStart, head, text));
            String[] words = head.rule().phrase().split(" ", 2);
            String rest = words.length > 1 ? " " + words[1] : "";
            if (patient.isEmpty() && cues.functionWords.contains(rest.substring(rest.lastIndexOf(' ') + 1))) {
                rest = rest.substring(0, rest.lastIndexOf(' ')); // "as called for by X": no patient, no dangling "for"
            }
            String verb = verbGroup(words[0], SubjectPhrase.plural(actors(source)), status, negated) + rest;
            return capital(names(source) + " " + verb + (patient.isEmpty() ? "" : " " + patient));
        }
        String done = text.substring(v.tokens.get(head.first()).start(), v.tokens.get(head.last()).end());
        if (patientStart >= 0) {
            patientStart = Math.min(afterStamp(v, patientStart, head.first()), head.first());
            String clause = text.substring(v.tokens.get(patientStart).start(), v.tokens.get(head.last()).end()).replaceAll("\\s+", " ");
            return capital(clause + (object.isEmpty() ? "" : " " + object));
        }
        boolean plural = SubjectPhrase.plural(actors(target));
        return capital(names(target) + (plural ? " were " : " was ") + (negated ? "not " : "") + done
                + (object.isEmpty() ? "" : " " + object));
    }

    /** The antecedent of an object-gap relative clause whose subject is the act's source mention. */
    private String gapObject(SentenceView v, TriggerMatch head, List<String> source, String text) {
        MentionRef subject = null;
        for (MentionRef m : v.mentions) {
            if (m.last() < head.first() && head.first() - m.last() <= 5 && source.contains(m.actorId())) {
                subject = m;
            }
        }
        int start = subject != null ? subject.first() : -1;
        if (start > 0 && v.tokens.get(start - 1).lower().equals("the")) {
            start--;
        }
        return start < 1 ? null : SubjectPhrase.antecedentObject(cues, v, head.first(), start, tagger, text);
    }

    private List<org.annalist.actors.Actor> actors(List<String> ids) {
        return ids.stream().map(catalog::get).toList();
    }

    /** "agrees", "agree" (plural), "will agree", "does not agree", "would agree", "must agree", "denies it agreed". */
    private static String verbGroup(String lemma, boolean plural, EventStatus status, boolean negated) {
        boolean be = lemma.equals("be");
        String present = be ? (plural ? "are" : "is") : plural ? lemma : Inflector.third(lemma);
        return switch (status) {
            case PLANNED, THREATENED -> negated ? "will not " + lemma : "will " + lemma;
            case HYPOTHETICAL, CONDITIONAL -> negated ? "would not " + lemma : "would " + lemma;
            case DEMANDED -> negated ? "must not " + lemma : "must " + lemma;
            case DENIED -> (plural ? "deny they " : "denies it ") + (be ? "was" : Inflector.past(lemma));
            default -> !negated ? present : be ? present + " not" : (plural ? "do not " : "does not ") + lemma;
        };
    }

    /** "and shouted", "and expressed optimism", "and said": a conjunction that opens a second predicate. */
    boolean secondPredicate(SentenceView v, int i) {
        String w = v.tokens.get(i).lower();
        if (!(w.equals("and") || w.equals("or") || w.equals("but")) || i + 1 >= v.tokens.size()) {
            return false;
        }
        int k = i + 1;
        while (k + 1 < v.tokens.size() && isQuoteMark(v.tokens.get(k))) {
            k++; // 'and "considering all ...'
        }
        int next = k;
        Token n = v.tokens.get(next);
        return v.reporting.contains(next) || v.triggers.stream().anyMatch(x -> x.first() == next && x.isVerb())
                || (n.text().equals(n.lower()) && n.lower().endsWith("ed") && n.lower().length() > 4)
                || n.lower().equals("that") || isGerund(n) || finiteVerb(v, next);
    }

    /** A lowercase finite verb by its tag ("and took responsibility", "and said"): tagged only after a conjunction. */
    private boolean finiteVerb(SentenceView v, int k) {
        Token n = v.tokens.get(k);
        if (!n.isWord() || !n.text().equals(n.lower()) || cues.functionWords.contains(n.lower())) {
            return false;
        }
        int lo = Math.max(0, k - 3);
        String[] tags = tagger.tags(v.tokens.subList(lo, Math.min(v.tokens.size(), k + 3)));
        String tag = tags[k - lo];
        return "VBD".equals(tag) || "VBZ".equals(tag) || "VBP".equals(tag) || "VB".equals(tag); // the model reads "took" after "and" as VB
    }

    static boolean isGerund(Token t) {
        return t.text().equals(t.lower()) && t.lower().endsWith("ing") && t.lower().length() > 5;
    }

    /** Where the noun phrase before a passive's auxiliary starts ("a protester was shot"), or -1. */
    private int patientStart(SentenceView v, TriggerMatch head) {
        int aux = auxiliaryStart(v, head);
        int start = aux;
        while (start >= 0 && aux - start < 6 && v.tokens.get(start).isWord() && !cues.clauseBreaks.contains(v.tokens.get(start).lower())
                && !(cues.relativePronouns.contains(v.tokens.get(start).lower())) && !v.tokens.get(start).lower().equals("that")
                && !v.reporting.contains(start)) { // "and said young people were given": the patient starts after "said"
            start--;
        }
        while (start + 1 <= aux && cues.functionWords.contains(v.tokens.get(start + 1).lower())
                && !isArticle(v.tokens.get(start + 1).lower())) {
            start++; // "how Gaddafi was killed", "and the city was shelled": the clause's words, not the patient
        }
        return aux < 0 || start == aux ? -1 : start + 1;
    }

    private int auxiliaryStart(SentenceView v, TriggerMatch head) {
        int aux = head.first() - 1;
        while (aux >= 0 && (cues.passiveAuxiliaries.contains(v.tokens.get(aux).lower()) || lexiconAdverb(v.tokens.get(aux).lower()))) {
            aux--;
        }
        return aux;
    }

    private String patientText(SentenceView v, int start, TriggerMatch head, String text) {
        return phrase(v, start, auxiliaryStart(v, head) + 1, 6, text);
    }

    private static boolean isArticle(String w) {
        return w.equals("a") || w.equals("an") || w.equals("the") || w.equals("its") || w.equals("his") || w.equals("her")
                || w.equals("their") || w.equals("this") || w.equals("these") || w.equals("those") || w.equals("some")
                || w.equals("all") || w.equals("more") || w.equals("most") || w.equals("any");
    }

    /** "A protester" opening the sentence reads "a protester" as an object. */
    private String lowerArticle(SentenceView v, int start, String np) {
        return np.isEmpty() || !cues.functionWords.contains(v.tokens.get(start).lower()) ? np
                : Character.toLowerCase(np.charAt(0)) + np.substring(1);
    }

    private static boolean lexiconAdverb(String w) {
        return w.equals("not") || w.equals("also") || w.equals("reportedly") || w.equals("allegedly") || w.equals("later");
    }

    /** Tokens [from, to) as text, at most {@code limit} words, ended at a phrase boundary, without quote marks. */
    String phrase(SentenceView v, int from, int to, int limit, String text) {
        from = afterStamp(v, from, to);
        while (from < to && !v.tokens.get(from).isWord()) {
            from++;
        }
        int end = from;
        for (int words = 0; end < to && (words < limit || !v.tokens.get(end).isWord()); end++) {
            words += v.tokens.get(end).isWord() ? 1 : 0; // punctuation does not count
        }
        boolean cut = end < to;
        for (int i = from; i < end; i++) {
            if (v.tokens.get(i).text().equals(";")) {
                end = i;
                cut = true;
            }
        }
        end = trimmed(v, from, end, cut);
        end = cut ? trimmed(v, from, byTags(v, from, end), false) : end;
        if (end <= from) {
            return "";
        }
        String s = text.substring(v.tokens.get(from).start(), v.tokens.get(end - 1).end());
        return s.replaceAll("[\"\u201c\u201d]", "").replaceAll("\\s+", " ").trim();
    }

    /**
     * The end (exclusive) of tokens [from, end) without a dangling tail: when the words were cut by
     * the limit, the unfinished phrase after the last function word goes ("a village that is of great"
     * -> "a village"); trailing function words and punctuation always go.
     */
    private int trimmed(SentenceView v, int from, int end, boolean cut) {
        if (cut) {
            int phraseStart = -1;
            for (int i = end - 1; i > from + 2; i--) {
                String w = v.tokens.get(i).lower();
                if (w.equals(",") && !numberPart(v, i) || cues.clauseBreaks.contains(w) && !joinedDash(v, i) && !numberPart(v, i)
                        || SUBORDINATORS.contains(w)) {
                    phraseStart = i; // a clause boundary is the best place to stop (not "10,000", "do-or-die")
                    break;
                }
                phraseStart = phraseStart < 0 && cues.functionWords.contains(w) ? i : phraseStart;
            }
            end = phraseStart > 0 ? phraseStart : end;
        }
        int open = -1; // an unclosed "(" ends the line before it
        for (int i = from; i < end; i++) {
            String w = v.tokens.get(i).text();
            open = w.equals("(") ? i : w.equals(")") ? -1 : open;
        }
        end = open > from ? open : end;
        while (end > from && (cues.functionWords.contains(v.tokens.get(end - 1).lower()) || !v.tokens.get(end - 1).isWord()
                || cues.negation.endsAt(v.tokens, end - 1) || dangling(v, end - 1))) {
            if (v.tokens.get(end - 1).text().equals(")") && opens(v, from, end - 1)) {
                break; // "(FT)": a closing parenthesis ends the line with its opening one
            }
            if (pronounObject(v, end - 1)) {
                break; // "they stand by her.": "her" is the object, not a possessive awaiting its noun
            }
            end--;
        }
        return end;
    }

    /** A preposition whose object was cut off ("a no-fly zone over [Libya]"); a particle at the clause's end stays ("take over."). */
    private boolean dangling(SentenceView v, int i) {
        return cues.danglingPrepositions.contains(v.tokens.get(i).lower()) && i + 1 < v.tokens.size() && v.tokens.get(i + 1).isWord();
    }

    /** "her" closing its clause is an object pronoun ("stand by her."), not a possessive. */
    private static boolean pronounObject(SentenceView v, int i) {
        return v.tokens.get(i).lower().equals("her") && (i + 1 >= v.tokens.size() || !v.tokens.get(i + 1).isWord());
    }

    /** A hyphen written inside a word ("do-or-die"): no dash aside. */
    static boolean joinedDash(SentenceView v, int i) {
        Token t = v.tokens.get(i);
        return t.text().equals("-") && i > 0 && i + 1 < v.tokens.size()
                && v.tokens.get(i - 1).end() == t.start() && v.tokens.get(i + 1).start() == t.end();
    }

    /**
     * Where a phrase starting at {@code from} really starts: after a live-blog update stamp that opens it
     * ("Updated 2:56 p.m. (2156 in Egypt)) The building ..."; the stamp words are {@code updateStamps}),
     * else {@code from}.
     */
    int afterStamp(SentenceView v, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, from + 25); i++) {
            Token t = v.tokens.get(i);
            if (!cues.updateStamps.contains(t.lower()) || t.text().equals(t.lower()) || !timeFollows(v, i)) {
                continue;
            }
            int end = -1;
            for (int k = i + 1; k < Math.min(v.tokens.size(), i + 20); k++) {
                String w = v.tokens.get(k).text();
                if (w.equals(")") || w.equals(":") && k > i + 1 && !numberPart(v, k)) {
                    end = k + 1;
                }
            }
            if (end < 0) { // "Update 1:33 a.m. The army ...": the stamp is its time
                end = i + 1;
                while (end < v.tokens.size() && (inTimex(v, end) || !v.tokens.get(end).isWord() || v.tokens.get(end).lower().equals("at"))) {
                    end++;
                }
            }
            while (end < v.tokens.size() && !v.tokens.get(end).isWord()) {
                end++;
            }
            return end < to ? end : from;
        }
        return from;
    }

    /** A time or a number right after a stamp word, past a colon ("Updated: 1:38 a.m."). */
    private static boolean timeFollows(SentenceView v, int i) {
        for (int k = i + 1; k < Math.min(v.tokens.size(), i + 3); k++) {
            if (inTimex(v, k) || Character.isDigit(v.tokens.get(k).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean opens(SentenceView v, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            String w = v.tokens.get(i).text();
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
        }
        return depth > 0;
    }

    /**
     * A line cut by its length ends where a phrase ends, by the tags: not on a determiner, preposition,
     * conjunction, modal or a verb still awaiting its object ("and shouted"); tagged only when cut.
     */
    private int byTags(SentenceView v, int from, int end) {
        if (end - from < 3) {
            return end;
        }
        String[] tags = tagger.tags(v.tokens.subList(from, Math.min(v.tokens.size(), end + 1)));
        int e = end;
        while (e - from > 2 && (OPEN_TAGS.contains(tags[e - 1 - from]) || !v.tokens.get(e - 1).isWord()
                || (e - from >= 2 && tags[e - 2 - from].equals("CC") && tags[e - 1 - from].startsWith("VB")))) {
            e -= tags[e - 1 - from].startsWith("VB") && e - from >= 2 && tags[e - 2 - from].equals("CC") ? 2 : 1;
        }
        return e;
    }

    String names(List<String> ids) {
        return ids.stream().map(id -> catalog.get(id).name()).collect(Collectors.joining(" and "));
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The words after the trigger up to punctuation, a clause break or a time expression. */
    private String object(SentenceView v, TriggerMatch head, String text, EventType type) {
        int end = head.last() + 1;
        int limit = head.last() + 1 + OBJECT_WORDS;
        boolean cut = false;
        int from = head.last() + 1;
        from = afterLeadingTime(v, from); // "met on Tuesday with Clinton": the time is not the object
        end = from;
        limit = from + OBJECT_WORDS;
        int timeInGroup = -1;
        String[] phrase = head.rule().phrase().split(" ");
        // "warns that the troops are ...": a clause of its own may have its verb (also when "that" ends the trigger: "warn that")
        boolean complement = cues.complementizers.contains(phrase[phrase.length - 1])
                || type == EventType.STATEMENT; // "warned governments they were ...": what is said is a clause
        for (int i = from; i < v.tokens.size(); i++) {
            Token t = v.tokens.get(i);
            if (inTimex(v, i) && i > from && (isArticle(v.tokens.get(i - 1).lower()) || timeInGroup == i - 1)) {
                end = i + 1; // "its midnight curfew": a time inside the noun group
                timeInGroup = i;
                continue;
            }
            complement |= cues.complementizers.contains(t.lower());
            if (i > from && FINITE_BE.contains(t.lower()) && SUBJECT_PRONOUNS.contains(v.tokens.get(i - 1).lower())) {
                complement = true; // "told them they were ...": a clause without "that"
            }
            if (runOn(v, i) || i > from && !complement && FINITE_BE.contains(t.lower())) {
                end = secondSubject(v, from, end); // "three died and 70 were wounded": "70" is the next clause's subject
                break; // "the men who tortured her are still free": the main clause's verb is no object
            }
            // a quoted object stays ("called for a \"physical liquidation\""), without its quote marks
            boolean inWord = numberPart(v, i) || joinedDash(v, i); // "10,000", "7:30", "$400 - $500", "do-or-die"
            if (!t.isWord() && !t.text().equals("'s") && !inWord && !isQuoteMark(t) || cues.clauseBreaks.contains(t.lower()) && !inWord || inTimex(v, i)
                    || (timePreposition(t.lower()) && i + 1 < v.tokens.size() && inTimex(v, i + 1))) {
                break;
            }
            if (secondPredicate(v, i)) {
                break; // "asks the army to intervene and shouted": the second act is not this one's object
            }
            if (i >= limit) {
                cut = true;
                break;
            }
            end = i + 1;
        }
        end = trimmed(v, from, end, cut);
        if (end <= from) {
            return "";
        }
        return text.substring(v.tokens.get(from).start(), v.tokens.get(end - 1).end())
                .replaceAll("[\"\u201c\u201d]", "").replaceAll("\\s+", " ").trim();
    }

    /** The end of an object before the subject of a second clause: back to its "and"/"but", at most four words back. */
    private static int secondSubject(SentenceView v, int from, int end) {
        for (int k = end - 1; k >= from && k >= end - 4; k--) { // "and 70 were": the whole object may be the next clause
            String w = v.tokens.get(k).lower();
            if (w.equals("and") || w.equals("but")) {
                return k;
            }
        }
        return end;
    }

    /** Past a time phrase right after the verb ("met Tuesday in private"), when words follow it. */
    private int afterLeadingTime(SentenceView v, int from) {
        int i = from;
        if (i + 1 < v.tokens.size() && timePreposition(v.tokens.get(i).lower()) && inTimex(v, i + 1)) {
            i++;
        }
        if (i >= v.tokens.size() || !inTimex(v, i)) {
            return from;
        }
        while (i < v.tokens.size() && inTimex(v, i)) {
            i++;
        }
        return i < v.tokens.size() && v.tokens.get(i).isWord() && !cues.clauseBreaks.contains(v.tokens.get(i).lower()) ? i : from;
    }

    /**
     * A headline run on into the next line of page text: a capitalised article or pronoun right after a
     * lowercase word ("... rocked by explosions A former congresswoman rips ..."); the line ends there.
     */
    boolean runOn(SentenceView v, int i) {
        if (i == 0) {
            return false;
        }
        Token t = v.tokens.get(i);
        Token prev = v.tokens.get(i - 1);
        String w = t.text();
        boolean capitalised = w.length() > 0 && Character.isUpperCase(w.charAt(0)) && !w.equals("I");
        boolean opener = cues.runOnOpeners.contains(t.lower()) || w.equals("NEW");
        return capitalised && opener && prev.isWord() && prev.text().equals(prev.lower()) && prev.text().length() > 2
                && !cues.functionWords.contains(prev.lower());
    }

    private static final java.util.Set<String> FINITE_BE = java.util.Set.of("is", "are", "was", "were");
    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "it", "they", "we");
    /** Words that open a subordinate clause: a line cut by its length ends before them ("... will die [if the United States]"). */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("if", "unless", "whether", "because", "although", "though");

    private static boolean isQuoteMark(Token t) {
        return t.text().equals("\"") || t.text().equals("\u201c") || t.text().equals("\u201d");
    }

    /** "10,000", "1.5", "$160 million", "5%": punctuation inside an amount does not end the object. */
    static boolean numberPart(SentenceView v, int i) {
        String w = v.tokens.get(i).text();
        if (w.equals("$") || w.equals("%") || w.equals("\u00a3") || w.equals("\u20ac")) {
            return true;
        }
        if ((w.equals("-") || w.equals("\u2013") || w.equals("to")) && i > 0 && i + 1 < v.tokens.size()
                && endsInDigit(v.tokens.get(i - 1).text()) && (v.tokens.get(i + 1).text().equals("$") || Character.isDigit(v.tokens.get(i + 1).text().charAt(0)))) {
            return true; // "$400 - $500 million"
        }
        return (w.equals(",") || w.equals(".") || w.equals(":")) && i > 0 && i + 1 < v.tokens.size()
                && Character.isDigit(v.tokens.get(i - 1).text().charAt(v.tokens.get(i - 1).text().length() - 1))
                && Character.isDigit(v.tokens.get(i + 1).text().charAt(0))
                && v.tokens.get(i + 1).start() == v.tokens.get(i).end();
    }

    private static boolean endsInDigit(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(w.length() - 1));
    }

    /** A preposition that governs a following time ("on Monday", "over the weekend", "until 2 a.m."). */
    private boolean timePreposition(String w) {
        return cues.governing.contains(w) || cues.nonGoverning.contains(w) || w.equals("about") || w.equals("around");
    }

    static boolean inTimex(SentenceView v, int i) {
        Token t = v.tokens.get(i);
        return v.timexes.stream().anyMatch(x -> x.span().start() < t.end() && t.start() < x.span().end());
    }
}
