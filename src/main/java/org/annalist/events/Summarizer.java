package org.annalist.events;

import java.util.List;
import java.util.stream.Collectors;
import org.annalist.actors.ActorCatalog;
import org.annalist.text.Token;

/** Writes the one-line summary of an act: "France calls for a UN resolution". */
final class Summarizer {

    private static final int OBJECT_WORDS = 6;
    private final ActorCatalog catalog;
    private final Cues cues;

    Summarizer(ActorCatalog catalog, Cues cues) {
        this.catalog = catalog;
        this.cues = cues;
    }

    String summary(SentenceView v, TriggerMatch head, EventType type, List<String> source, List<String> target,
                   EventStatus status, String text, boolean passive) {
        if (passive && head != null) {
            String done = text.substring(v.tokens.get(head.first()).start(), v.tokens.get(head.last()).end());
            String line = names(target) + " " + done + (source.isEmpty() ? "" : " by " + names(source));
            return Character.toUpperCase(line.trim().charAt(0)) + line.trim().substring(1);
        }
        String object = object(v, head, text);
        String who = names(source);
        String verb;
        if (head == null) {
            verb = type == EventType.REQUEST ? "demands" : "says";
        } else if (head.isVerb()) {
            String[] words = head.rule().phrase().split(" ", 2);
            String rest = words.length > 1 ? " " + words[1] : "";
            String lemma = words[0].equals("be") ? "is" : words[0];
            verb = status == EventStatus.PLANNED ? "will " + words[0] + rest
                    : (source.size() > 1 ? (lemma.equals("is") ? "are" : lemma) : (lemma.equals("is") ? "is" : Inflector.third(lemma))) + rest;
        } else {
            verb = ": " + head.rule().phrase();
        }
        String line = (who.isEmpty() ? "" : who + (verb.startsWith(":") ? "" : " ")) + verb.trim() + (object.isEmpty() ? "" : " " + object);
        if (!target.isEmpty() && object.isEmpty()) {
            line += " (" + names(target) + ")";
        }
        line = line.startsWith(": ") ? line.substring(2) : line;
        return line.isEmpty() ? type.label() : Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    private String names(List<String> ids) {
        return ids.stream().map(id -> catalog.get(id).name()).collect(Collectors.joining(" and "));
    }

    /** The words after the trigger up to punctuation, a clause break or a time expression. */
    private String object(SentenceView v, TriggerMatch head, String text) {
        if (head == null) {
            return "";
        }
        int end = head.last();
        for (int i = head.last() + 1; i < Math.min(v.tokens.size(), head.last() + 1 + OBJECT_WORDS); i++) {
            Token t = v.tokens.get(i);
            if (!t.isWord() || v.quoted[i] || cues.clauseBreaks.contains(t.lower()) || inTimex(v, i)
                    || (cues.governing.contains(t.lower()) && i + 1 < v.tokens.size() && inTimex(v, i + 1))) {
                break;
            }
            end = i;
        }
        if (end == head.last()) {
            return "";
        }
        return text.substring(v.tokens.get(head.last() + 1).start(), v.tokens.get(end).end());
    }

    private static boolean inTimex(SentenceView v, int i) {
        Token t = v.tokens.get(i);
        return v.timexes.stream().anyMatch(x -> x.span().start() < t.end() && t.start() < x.span().end());
    }
}
