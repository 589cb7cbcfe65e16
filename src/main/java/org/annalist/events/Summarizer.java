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

    private final ActorCatalog catalog;
    private final Cues cues;
    private final PosTagger tagger;
    private final PhraseCutter cutter;
    private final ObjectFinder objects;
    private final SaidContent said;
    private final SummaryWords words;

    Summarizer(ActorCatalog catalog, Cues cues, PosTagger tagger) {
        this(catalog, cues, tagger, SummaryWords.standard());
    }

    Summarizer(ActorCatalog catalog, Cues cues, PosTagger tagger, SummaryWords words) {
        this.catalog = catalog;
        this.cues = cues;
        this.tagger = tagger;
        this.words = words;
        this.cutter = new PhraseCutter(cues, tagger, words);
        this.objects = new ObjectFinder(cues, tagger, words, cutter);
        this.said = new SaidContent(this, objects, cutter, cues, tagger, words);
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
        String object = ownPossessive(v, head, source, objects.object(v, head, text, type), text);
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
            verb = who.isEmpty() && head.form() == Inflector.Form.GERUND && status == EventStatus.OCCURRED && !negated
                    ? ownWords(v, head, text) // no agent: "Fighting spilling over onto ...", never a re-inflected "Fights spilling over"
                    : verbGroup(words[0], plural, status, negated) + rest;
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
        String object = objects.object(v, head, text, null);
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
            patientStart = Math.min(cutter.afterStamp(v, patientStart, head.first()), head.first());
            String clause = text.substring(v.tokens.get(patientStart).start(), v.tokens.get(head.last()).end()).replaceAll("\\s+", " ");
            return capital(clause + (object.isEmpty() ? "" : " " + object));
        }
        boolean plural = SubjectPhrase.plural(actors(target));
        return capital(names(target) + (plural ? " were " : " was ") + (negated ? "not " : "") + done
                + (object.isEmpty() ? "" : " " + object));
    }

    /**
     * The object with its first possessive "his"/"her" named when it is the subject's own: a person the
     * catalog places under the source said it ("Gaddafi defended his regime" -> "Libya defends Gaddafi's
     * regime"), so the line never prints a pronoun whose person it does not name. Left alone when another
     * person is named between the verb and the pronoun ("... that Gadhafi is on his way").
     */
    private String ownPossessive(SentenceView v, TriggerMatch head, List<String> source, String object, String text) {
        if (object.isEmpty() || source.size() != 1) {
            return object;
        }
        MentionRef subject = null;
        for (MentionRef m : v.mentions) {
            if (m.last() < head.first() && source.contains(m.actorId())) {
                subject = m;
            }
        }
        int at = text.indexOf(object, v.tokens.get(head.last()).end());
        if (subject == null || !subject.mention().person() || at < 0) {
            return object;
        }
        String[] names = subject.mention().text().split("\\s+");
        String name = names[names.length - 1];
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return object;
        }
        for (int i = head.last() + 1; i < v.tokens.size() && v.tokens.get(i).start() < at + object.length(); i++) {
            int k = i;
            if (v.mentions.stream().anyMatch(m -> m.first() == k && m.mention().person())) {
                return object; // another person named first: the pronoun may be theirs
            }
            String w = v.tokens.get(i).lower();
            if (v.tokens.get(i).start() >= at && (w.equals("his") || w.equals("her")) && i + 1 < v.tokens.size() && v.tokens.get(i + 1).isWord()
                    && !TokenShapes.isArticle(v.tokens.get(i + 1).lower())) {
                int offset = v.tokens.get(i).start() - at;
                return object.substring(0, offset) + name + "'s" + object.substring(offset + w.length());
            }
        }
        return object;
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

    /** Whether the actors' names take a plural verb ("Rebels in Libya have"). */
    boolean plural(List<String> ids) {
        return SubjectPhrase.plural(actors(ids));
    }

    private List<org.annalist.actors.Actor> actors(List<String> ids) {
        return ids.stream().map(catalog::get).toList();
    }

    /** The trigger's own words in the text ("fighting", "carrying out"). */
    private static String ownWords(SentenceView v, TriggerMatch head, String text) {
        return text.substring(v.tokens.get(head.first()).start(), v.tokens.get(head.last()).end()).replaceAll("\\s+", " ");
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

    String names(List<String> ids) {
        return ids.stream().map(id -> catalog.get(id).name()).collect(Collectors.joining(" and "));
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
                && !TokenShapes.isArticle(v.tokens.get(start + 1).lower()) && !opensAmount(v, start + 1)) {
            start++; // "how Gaddafi was killed", "and the city was shelled": the clause's words, not the patient
        }
        return aux < 0 || start == aux ? -1 : start + 1;
    }

    /** Whether an amount opens at token {@code i} ("at least eight rebels", "more than 20 people"): its words stay. */
    private boolean opensAmount(SentenceView v, int i) {
        for (String opener : words.quantityOpeners()) {
            String[] w = opener.split(" ");
            int k = 0;
            while (k < w.length && i + k < v.tokens.size() && v.tokens.get(i + k).lower().equals(w[k])) {
                k++;
            }
            if (k == w.length) {
                return true;
            }
        }
        return false;
    }

    private int auxiliaryStart(SentenceView v, TriggerMatch head) {
        int aux = head.first() - 1;
        while (aux >= 0 && (cues.passiveAuxiliaries.contains(v.tokens.get(aux).lower()) || TokenShapes.lexiconAdverb(v.tokens.get(aux).lower())
                || mannerAdverb(v, aux))) { // "was strongly supported": the adverb belongs to the verb group
            aux--;
        }
        return aux;
    }

    /** A lowercase "-ly" adverb right after a passive auxiliary ("was strongly", "were reportedly"). */
    private boolean mannerAdverb(SentenceView v, int i) {
        String w = v.tokens.get(i).text();
        return i > 0 && w.length() > 4 && w.endsWith("ly") && w.equals(w.toLowerCase()) && v.tokens.get(i).isWord()
                && cues.passiveAuxiliaries.contains(v.tokens.get(i - 1).lower());
    }

    private String patientText(SentenceView v, int start, TriggerMatch head, String text) {
        return cutter.phrase(v, start, auxiliaryStart(v, head) + 1, 6, text);
    }

    /** "A protester" opening the sentence reads "a protester" as an object. */
    private String lowerArticle(SentenceView v, int start, String np) {
        return np.isEmpty() || !cues.functionWords.contains(v.tokens.get(start).lower()) ? np
                : Character.toLowerCase(np.charAt(0)) + np.substring(1);
    }
}
